/** Shop and headquarters staff: accounts with hashed passwords and roles, the first admin, form sign-in for the views. */
package io.smartstore.support.staff;
