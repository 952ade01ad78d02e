/** JMH benchmarks and the accuracy evaluator of tiqu. */
package org.tiqu.bench;
