package io.smartstore.devices.card;

/** The tracks of an ISO 7810/7811 magnetic stripe. */
public enum Track { TRACK_1, TRACK_2, TRACK_3 }
