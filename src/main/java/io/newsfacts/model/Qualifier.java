package io.newsfacts.model;

/** How a figure bounds the quantity: the contract spells these in lower camel case. */
public enum Qualifier {
  EXACT("exact"),
  APPROX("approx"),
  AT_LEAST("atLeast"),
  AT_MOST("atMost"),
  RANGE("range");

  private final String label;

  Qualifier(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
