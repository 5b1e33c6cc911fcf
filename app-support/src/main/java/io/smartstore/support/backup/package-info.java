/**
 * Online backups of an app's H2 database and what a restored copy tells its clients: the instant its
 * backup was taken, so that they send again what they had acknowledged since.
 */
@NullMarked
package io.smartstore.support.backup;

import org.jspecify.annotations.NullMarked;
