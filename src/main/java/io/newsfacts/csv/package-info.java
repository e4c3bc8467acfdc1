/**
 * CSV output for spreadsheets (Apache Commons CSV, kept inside this package): one row per fact of an
 * extracted article, or one row per search hit, with one header; the columns are the article's or
 * the hit's own, then the union of the registered fact kinds' JSON fields.
 */
package io.newsfacts.csv;
