/**
 * Staff sign-in wired into an app: the staff pages' security chain (the app's own accounts, the company's sign-in,
 * their throttle) and {@link io.smartstore.support.staff.signin.EnableStaffPages}, which brings it and the staff pages
 * to an app. It depends on the accounts ({@code staff}), the company's sign-in and the pages; nothing depends on it
 * but the apps' main classes.
 */
@NullMarked
package io.smartstore.support.staff.signin;

import org.jspecify.annotations.NullMarked;
