/**
 * Extraction as a Spark job: {@code newsfacts-spark INPUT... --output DIR} runs the same {@link
 * io.newsfacts.Pipeline} as {@code newsfacts extract} on executors and writes the contract's extract
 * JSON Lines as part files. The driver ({@link io.newsfacts.spark.SparkMain}, {@link
 * io.newsfacts.spark.InputPlan}) lists the inputs; the executors ({@link
 * io.newsfacts.spark.ExtractItems}) read and extract them with one pipeline per JVM ({@link
 * io.newsfacts.spark.Workers}). Spark stays in this module: the CLI jar does not carry it.
 */
package io.newsfacts.spark;
