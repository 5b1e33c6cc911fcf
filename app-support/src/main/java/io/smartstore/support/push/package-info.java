/** Server push to open staff views: who listens, and telling them once a change is committed. */
@NullMarked
package io.smartstore.support.push;

import org.jspecify.annotations.NullMarked;
