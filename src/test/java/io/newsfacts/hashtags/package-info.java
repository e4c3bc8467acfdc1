/**
 * A toy fact kind, hashtags, defined entirely here: the test that a new kind needs its own package
 * and one registration line ({@code FactKinds.STANDARD.plus(Hashtags.KIND)}), and no edit of the
 * production code, to be extracted, written as JSON, indexed, searched and shown in tables.
 */
package io.newsfacts.hashtags;
