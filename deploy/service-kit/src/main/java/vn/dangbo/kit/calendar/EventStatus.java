package vn.dangbo.kit.calendar;

/** RFC 5545 §3.8.1.11 STATUS of a VEVENT: a subscribed client removes an event it reads as cancelled. */
public enum EventStatus {
    CONFIRMED,
    CANCELLED
}
