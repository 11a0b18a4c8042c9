package dev.artificer.infrastructure.schwab.marketdata;

/**
 * The {@code fundamental} object of an instrument ({@code FundamentalInst}); field names are Schwab's. Values
 * Schwab did not send are null; dates are Schwab's strings, unparsed.
 *
 * @param symbol              the symbol
 * @param high52              52-week high
 * @param low52               52-week low
 * @param dividendAmount      annual dividend amount
 * @param dividendYield       dividend yield in percent
 * @param dividendDate        last dividend date
 * @param peRatio             price/earnings
 * @param pegRatio            price/earnings to growth
 * @param pbRatio             price/book
 * @param prRatio             price/revenue
 * @param pcfRatio            price/cash flow
 * @param grossMarginTTM      gross margin, trailing twelve months
 * @param grossMarginMRQ      gross margin, most recent quarter
 * @param netProfitMarginTTM  net profit margin, trailing twelve months
 * @param netProfitMarginMRQ  net profit margin, most recent quarter
 * @param operatingMarginTTM  operating margin, trailing twelve months
 * @param operatingMarginMRQ  operating margin, most recent quarter
 * @param returnOnEquity      return on equity
 * @param returnOnAssets      return on assets
 * @param returnOnInvestment  return on investment
 * @param quickRatio          quick ratio
 * @param currentRatio        current ratio
 * @param interestCoverage    interest coverage
 * @param totalDebtToCapital  total debt to capital
 * @param ltDebtToEquity      long-term debt to equity
 * @param totalDebtToEquity   total debt to equity
 * @param epsTTM              earnings per share, trailing twelve months
 * @param epsChangePercentTTM EPS change in percent, trailing twelve months
 * @param epsChangeYear       EPS change over the year
 * @param epsChange           EPS change
 * @param revChangeYear       revenue change over the year
 * @param revChangeTTM        revenue change, trailing twelve months
 * @param revChangeIn         revenue change
 * @param sharesOutstanding   shares outstanding
 * @param marketCapFloat      market capitalisation of the float
 * @param marketCap           market capitalisation
 * @param bookValuePerShare   book value per share
 * @param shortIntToFloat     short interest to float
 * @param shortIntDayToCover  days to cover the short interest
 * @param divGrowthRate3Year  three-year dividend growth rate
 * @param dividendPayAmount   amount of the next payment
 * @param dividendPayDate     next pay date
 * @param beta                beta
 * @param vol1DayAvg          one-day average volume
 * @param vol10DayAvg         ten-day average volume
 * @param vol3MonthAvg        three-month average volume
 * @param avg10DaysVolume     average volume over 10 days
 * @param avg1DayVolume       average volume over one day
 * @param avg3MonthVolume     average volume over three months
 * @param declarationDate     last declaration date
 * @param dividendFreq        dividends per year
 * @param eps                 earnings per share
 * @param corpactionDate      date of the last corporate action
 * @param dtnVolume           DTN volume
 * @param nextDividendPayDate next pay date
 * @param nextDividendDate    next dividend date
 * @param fundLeverageFactor  leverage factor of a fund
 * @param fundStrategy        strategy code of a fund
 */
public record Fundamental(String symbol, Double high52, Double low52, Double dividendAmount, Double dividendYield,
                          String dividendDate, Double peRatio, Double pegRatio, Double pbRatio, Double prRatio,
                          Double pcfRatio, Double grossMarginTTM, Double grossMarginMRQ, Double netProfitMarginTTM,
                          Double netProfitMarginMRQ, Double operatingMarginTTM, Double operatingMarginMRQ,
                          Double returnOnEquity, Double returnOnAssets, Double returnOnInvestment, Double quickRatio,
                          Double currentRatio, Double interestCoverage, Double totalDebtToCapital,
                          Double ltDebtToEquity, Double totalDebtToEquity, Double epsTTM, Double epsChangePercentTTM,
                          Double epsChangeYear, Double epsChange, Double revChangeYear, Double revChangeTTM,
                          Double revChangeIn, Double sharesOutstanding, Double marketCapFloat, Double marketCap,
                          Double bookValuePerShare, Double shortIntToFloat, Double shortIntDayToCover,
                          Double divGrowthRate3Year, Double dividendPayAmount, String dividendPayDate, Double beta,
                          Double vol1DayAvg, Double vol10DayAvg, Double vol3MonthAvg, Long avg10DaysVolume,
                          Long avg1DayVolume, Long avg3MonthVolume, String declarationDate, Integer dividendFreq,
                          Double eps, String corpactionDate, Long dtnVolume, String nextDividendPayDate,
                          String nextDividendDate, Double fundLeverageFactor, String fundStrategy) {
}
