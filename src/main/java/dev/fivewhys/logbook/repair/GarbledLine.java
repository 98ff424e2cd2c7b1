package dev.fivewhys.logbook.repair;

import java.util.ArrayList;
import java.util.List;

/** Repairs one line as if it had been garbled by one code page; reports how much it repaired. */
final class GarbledLine {

    /** The line after repair with this code page, and the evidence for choosing it. */
    record Outcome(String text, int repairedChars, int repairs, int guesses, int unresolved) {
    }

    /** A repaired character and where it came from in the line. */
    private record Repair(int start, int end, int codePoint, boolean guessed) {
        boolean strong() {
            return guessed || Utf8.strongEvidence(codePoint);
        }
    }

    private GarbledLine() {
    }

    static Outcome repair(String line, CodePage page) {
        List<Repair> found = new ArrayList<>();
        int unresolved = 0;
        int i = 0;
        while (i < line.length()) {
            if (line.charAt(i) < 0x80) {
                i++;
                continue;
            }
            List<GarbledSequence.Reading> readings = GarbledSequence.readingsAt(line, i, page);
            GarbledSequence.Reading chosen = choose(readings);
            if (chosen != null) {
                found.add(new Repair(i, i + chosen.consumedChars(), chosen.codePoint(), chosen.guessed()));
                i += chosen.consumedChars();
            } else {
                if (readings.stream().anyMatch(r -> r.guessed() && Utf8.guessRank(r.codePoint()) > 0)) {
                    unresolved++;
                }
                i++;
            }
        }
        List<Repair> accepted = believable(found);
        return new Outcome(apply(line, accepted), accepted.stream().mapToInt(r -> r.end() - r.start()).sum(),
                accepted.size(), (int) accepted.stream().filter(Repair::guessed).count(), unresolved);
    }

    /**
     * The exact reading if the bytes are all there; otherwise the guess only when one candidate is
     * clearly the likeliest (a variation selector after "âš ï¸"), never a coin toss between emoji.
     */
    private static GarbledSequence.Reading choose(List<GarbledSequence.Reading> readings) {
        for (GarbledSequence.Reading reading : readings) {
            if (!reading.guessed()) {
                return Utf8.plausible(reading.codePoint()) ? reading : null;
            }
        }
        GarbledSequence.Reading best = null;
        int bestRank = 0;
        boolean tie = false;
        for (GarbledSequence.Reading reading : readings) {
            int rank = Utf8.plausible(reading.codePoint()) ? Utf8.guessRank(reading.codePoint()) : 0;
            if (rank > bestRank) {
                best = reading;
                bestRank = rank;
                tie = false;
            } else if (rank == bestRank && rank > 0) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /**
     * Weak repairs (letters that correct text can produce by chance) count only next to another
     * repair, or on a line that is clearly garbled elsewhere.
     */
    private static List<Repair> believable(List<Repair> found) {
        List<Repair> sure = new ArrayList<>();
        for (int k = 0; k < found.size(); k++) {
            Repair repair = found.get(k);
            boolean touchesPrevious = k > 0 && found.get(k - 1).end() == repair.start();
            boolean touchesNext = k + 1 < found.size() && found.get(k + 1).start() == repair.end();
            if (repair.strong() || touchesPrevious || touchesNext) {
                sure.add(repair);
            }
        }
        return sure.isEmpty() ? sure : found;
    }

    private static String apply(String line, List<Repair> repairs) {
        if (repairs.isEmpty()) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        int copied = 0;
        for (Repair repair : repairs) {
            out.append(line, copied, repair.start()).appendCodePoint(repair.codePoint());
            copied = repair.end();
        }
        return out.append(line, copied, line.length()).toString();
    }
}
