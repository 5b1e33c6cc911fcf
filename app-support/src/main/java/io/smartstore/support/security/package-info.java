/**
 * Who may call what, declared once on each operation ({@link CalledBy}) and granted from there ({@link OperationAccess}):
 * the apps' filter chains hold no URL patterns of their own.
 */
@NullMarked
package io.smartstore.support.security;

import org.jspecify.annotations.NullMarked;
