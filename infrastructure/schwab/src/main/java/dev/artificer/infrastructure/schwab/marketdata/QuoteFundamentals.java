package dev.artificer.infrastructure.schwab.marketdata;

/**
 * The {@code fundamental} block of a quote; field names are Schwab's. Values Schwab did not send are null;
 * dates are Schwab's ISO-8601 strings.
 *
 * @param peRatio         price/earnings ratio
 * @param eps             earnings per share
 * @param divAmount       annual dividend amount
 * @param divYield        dividend yield in percent
 * @param divFreq         dividends per year
 * @param divPayAmount    amount of the next payment
 * @param divExDate       last ex-dividend date
 * @param divPayDate      last pay date
 * @param nextDivExDate   next ex-dividend date
 * @param nextDivPayDate  next pay date
 * @param declarationDate last declaration date
 * @param avg10DaysVolume average volume over 10 days
 * @param avg1YearVolume  average volume over one year
 */
public record QuoteFundamentals(Double peRatio, Double eps, Double divAmount, Double divYield, Integer divFreq,
                                Double divPayAmount, String divExDate, String divPayDate, String nextDivExDate,
                                String nextDivPayDate, String declarationDate, Long avg10DaysVolume,
                                Long avg1YearVolume) {
}
