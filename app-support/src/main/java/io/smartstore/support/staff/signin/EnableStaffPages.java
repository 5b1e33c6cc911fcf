package io.smartstore.support.staff.signin;

import org.springframework.context.annotation.Import;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On an app's main class: staff sign-in, and the sign-in page and staff layout of
 * {@code io.smartstore.support.staff.ui} among the app's routes (Vaadin finds routes in the
 * auto-configuration packages). The kiosk, which has no staff pages, does without.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import({StaffConfiguration.class, StaffPagesPackage.class})
public @interface EnableStaffPages {
}
