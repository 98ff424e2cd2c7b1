package dev.fivewhys.logbook.parse;

/** Lines of the log a value was read from: 1-based, both ends included. */
public record SourceSpan(int firstLine, int lastLine) {

    public SourceSpan {
        if (firstLine < 1 || lastLine < firstLine) {
            throw new IllegalArgumentException("bad span " + firstLine + ".." + lastLine);
        }
    }

    public static SourceSpan line(int line) {
        return new SourceSpan(line, line);
    }

    public boolean contains(int line) {
        return line >= firstLine && line <= lastLine;
    }

    @Override
    public String toString() {
        return firstLine == lastLine ? "line " + firstLine : "lines " + firstLine + "-" + lastLine;
    }
}
