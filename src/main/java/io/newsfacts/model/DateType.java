package io.newsfacts.model;

/** TIMEX3 types. */
public enum DateType {
  DATE,
  TIME,
  DURATION,
  SET
}
