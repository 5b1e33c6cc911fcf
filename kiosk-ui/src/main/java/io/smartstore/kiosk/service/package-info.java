/** The staff's service screen: reader health and the outbox backlog, behind the kiosk's service PIN. */
@NullMarked
package io.smartstore.kiosk.service;

import org.jspecify.annotations.NullMarked;
