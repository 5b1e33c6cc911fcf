/** What the Smart Store apps share that needs Spring; no feature logic lives here. */
@NullMarked
package io.smartstore.support;

import org.jspecify.annotations.NullMarked;
