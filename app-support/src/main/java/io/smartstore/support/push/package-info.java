/** Server push to open staff views: who listens, and telling them once a change is committed. */
package io.smartstore.support.push;
