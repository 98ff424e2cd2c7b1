package dev.fivewhys.logbook.parse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.fivewhys.session.ImpactBasis;

/**
 * Finds amounts of money in a log and picks the session's business impact.
 *
 * <p>
 * A log mentions money in many places: "$120K+ MRR at risk" for one focus area, "$500K+ ARR chat
 * functionality" in timeline entries. The session's impact is the line the team labelled
 * "Business Impact" at session level: in the header or executive summary first, else in the
 * footer notes, else anywhere. Amounts in passing are kept as mentions, not summed: they overlap.
 */
public final class ImpactReader {

    /** "$550K+ MRR", "€1.2M ARR", "$12,500": symbol, amount, scale, "+", basis. */
    private static final Pattern MONEY = Pattern.compile("(?<symbol>[$€£])\\s?"
            + "(?<amount>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s?(?<scale>[KkMmBb])?(?![A-Za-z])"
            + "(?<plus>\\+)?(?:\\s+(?<basis>MRR|ARR)\\b)?");
    public static final Map<String, String> CURRENCY_OF_SYMBOL = Map.of("$", "USD", "€", "EUR", "£", "GBP");
    private static final Map<Character, BigDecimal> SCALE = Map.of('K', BigDecimal.valueOf(1_000), 'M',
            BigDecimal.valueOf(1_000_000), 'B', BigDecimal.valueOf(1_000_000_000));

    private ImpactReader() {
    }

    static List<ParsedImpact> mentions(LogDocument document) {
        List<ParsedImpact> mentions = new ArrayList<>();
        for (int n = 1; n <= document.lineCount(); n++) {
            String line = document.line(n);
            ParsedField field = LinePatterns.field(line, n);
            if (field == null) {
                field = LinePatterns.italicField(line, n);
            }
            String label = field == null ? null : field.key();
            Matcher money = MONEY.matcher(line);
            while (money.find()) {
                mentions.add(impact(money, line, label, n));
            }
        }
        return mentions;
    }

    static ParsedImpact sessionImpact(List<ParsedImpact> mentions, ParsedHeader header, List<ParsedField> footer) {
        List<ParsedField> sessionLevel = new ArrayList<>(header.fields());
        sessionLevel.addAll(header.executiveSummary());
        return firstLabelledOn(mentions, sessionLevel)
                .or(() -> firstLabelledOn(mentions, footer))
                .or(() -> mentions.stream().filter(ImpactReader::labelledImpact).findFirst())
                .orElse(null);
    }

    private static Optional<ParsedImpact> firstLabelledOn(List<ParsedImpact> mentions, List<ParsedField> fields) {
        return mentions.stream().filter(ImpactReader::labelledImpact)
                .filter(m -> fields.stream().anyMatch(f -> f.source().contains(m.source().firstLine()))).findFirst();
    }

    private static boolean labelledImpact(ParsedImpact mention) {
        return mention.label() != null && FieldKeys.BUSINESS_IMPACT.matcher(mention.label()).matches();
    }

    private static ParsedImpact impact(Matcher money, String line, String label, int n) {
        String currency = CURRENCY_OF_SYMBOL.get(money.group("symbol"));
        BigDecimal amount = new BigDecimal(money.group("amount").replace(",", ""));
        if (money.group("scale") != null) {
            amount = amount.multiply(SCALE.get(Character.toUpperCase(money.group("scale").charAt(0))));
        }
        long minor = amount.movePointRight(Currency.getInstance(currency).getDefaultFractionDigits())
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
        ImpactBasis basis = money.group("basis") == null ? null : ImpactBasis.valueOf(money.group("basis"));
        String amountText = money.group().replaceFirst("\\s+(?:MRR|ARR)$", "");
        return new ParsedImpact(minor, currency, basis, money.group("plus") != null, amountText,
                note(line.substring(money.end()), line.substring(0, money.start())), label, SourceSpan.line(n));
    }

    /** The words after the amount, without markdown emphasis or a ")" that closes a "(" before it. */
    private static String note(String after, String before) {
        String note = after.strip().replaceAll("\\*+$", "").strip();
        boolean insideParentheses = before.lastIndexOf('(') > before.lastIndexOf(')');
        int close = note.indexOf(')');
        if (insideParentheses && close >= 0 && note.indexOf('(') < 0) {
            note = note.substring(0, close).strip();
        }
        return note.isEmpty() ? null : note;
    }
}
