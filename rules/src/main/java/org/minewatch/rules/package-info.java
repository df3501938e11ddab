/**
 * The anomaly rules (Drools, one rule file per topic: recovery, throughput, guidance, trends, integrity).
 *
 * <p>Empty on purpose until the rules issue: the module exists so that the layout of the build is the
 * final one from the start, and the web module already depends on it.
 */
package org.minewatch.rules;
