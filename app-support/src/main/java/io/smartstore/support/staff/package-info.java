/** Shop and headquarters staff: accounts with hashed passwords and roles, the first admin, form sign-in for the views. */
@NullMarked
package io.smartstore.support.staff;

import org.jspecify.annotations.NullMarked;
