/** The staff's sign-in page and the layout every staff page shares: navigation by role, who is signed in, sign out. */
@NullMarked
package io.smartstore.support.staff.ui;

import org.jspecify.annotations.NullMarked;
