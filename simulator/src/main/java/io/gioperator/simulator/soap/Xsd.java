package io.gioperator.simulator.soap;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/** XML Schema primitive formatting and validation, as vCenter writes and accepts it. */
public final class Xsd {
    private static final DateTimeFormatter OUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS'Z'");

    private Xsd() {
    }

    public static String formatDateTime(Instant t) {
        return OUT.format(t.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
    }

    /** Returns an error text, or null when {@code text} is a valid lexical value of the primitive {@code kind}. */
    public static String validate(String kind, String text) {
        String s = text.trim();
        switch (kind) {
            case "boolean":
                return s.equals("true") || s.equals("false") || s.equals("1") || s.equals("0")
                        ? null : "Invalid boolean value \"" + text + "\"";
            case "int":
                return parses(() -> Integer.parseInt(s)) ? null : "Invalid integer value \"" + text + "\"";
            case "long":
                return parses(() -> Long.parseLong(s)) ? null : "Invalid long value \"" + text + "\"";
            case "dateTime":
                return parses(() -> OffsetDateTime.parse(s)) ? null : "Invalid dateTime value \"" + text + "\"";
            default:
                return null;
        }
    }

    private static boolean parses(Runnable r) {
        try {
            r.run();
            return true;
        } catch (NumberFormatException | DateTimeParseException e) {
            return false;
        }
    }
}
