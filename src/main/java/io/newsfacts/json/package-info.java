/**
 * JSON in and out, with Jackson: the contract's extract schema ({@link FactsJson}), search hits,
 * and {@code .jsonl} article streams ({@link ArticleLine}). The only package importing Jackson.
 */
package io.newsfacts.json;
