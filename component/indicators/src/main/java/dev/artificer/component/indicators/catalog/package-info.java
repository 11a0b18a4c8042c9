/**
 * A catalogue of the indicators by name, with named parameters and metadata, so that strategies and the
 * command line can say {@code rsi(period=14)} instead of calling a class.
 *
 * <p>{@link dev.artificer.component.indicators.catalog.Catalog#standard()} lists every indicator of the
 * library. Each {@link dev.artificer.component.indicators.catalog.IndicatorDefinition} describes its inputs,
 * outputs, parameters (type, default, range) and lookback, and computes the indicator in batch over a
 * {@link dev.artificer.component.indicators.catalog.PriceSeries} or creates its streaming form.
 */
package dev.artificer.component.indicators.catalog;
