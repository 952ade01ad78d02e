/**
 * The accuracy evaluator: reads the gold data in {@code ../shared/data} (SIGHAN 2005 PKU, People's Daily 1998-01
 * dev-test split, {@code policy/dev.jsonl}), runs tiqu and reference systems (raw HanLP, xk-time) on it and prints
 * one Markdown report. Entry point: {@link org.tiqu.bench.eval.Evaluator}.
 */
package org.tiqu.bench.eval;
