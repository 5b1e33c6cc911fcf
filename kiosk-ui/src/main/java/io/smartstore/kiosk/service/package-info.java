/** The staff's service screen: reader health and the outbox backlog, behind the kiosk's service PIN. */
package io.smartstore.kiosk.service;
