/** Who may call central: stores by bearer token, headquarters staff by password and role. */
package io.smartstore.central.security;
