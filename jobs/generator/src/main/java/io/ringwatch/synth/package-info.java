/**
 * The synthetic company generator: {@code ringwatch generate --workers N --seed S --out DIR}.
 *
 * <p>Entry point: {@link io.ringwatch.synth.CompanyGenerator#generate(GeneratorOptions,
 * java.nio.file.Path)}. It plans the whole company in memory (O(workers)) and streams rows to
 * disk; same options, same bytes.
 *
 * <h2>Output</h2>
 * <ul>
 *   <li>{@code DIR/<dataset>/<dataset>.csv.gz} (or {@code .csv}) for {@code hr_workers},
 *       {@code payroll_payments}, {@code devices}, {@code auth_events}, {@code endpoint_events},
 *       with exactly the columns of {@code ../shared/contracts/inputs.md} in order
 *       ({@link io.ringwatch.synth.Datasets}); values dirty as real exports are.</li>
 *   <li>{@code DIR/sanctions/}: the real OFAC files packed in the jar ({@code sdn}, {@code add},
 *       {@code alt}, {@code sdn_comments}, {@code sdn_dprk_supplement}), byte for byte.</li>
 *   <li>{@code DIR/truth/workers.csv}: {@code worker_id, is_fraud, ring_id, tactics,
 *       benign_group}; tactics and groups {@code ;}-separated, from
 *       {@link io.ringwatch.synth.Tactics#ALL} and {@link io.ringwatch.synth.BenignGroups#ALL}
 *       (then the names of the variations that touched the worker, when some are on).
 *       A worker's tactics are those visible in that worker's own rows.</li>
 *   <li>{@code DIR/truth/rings.csv}: {@code ring_id, size, tactics} (union of the members'),
 *       {@code facilitator} (name, home address, home ISP IP, accounts; the sanctioned vendor or
 *       wallet when the ring carries one).</li>
 *   <li>{@code DIR/truth/broken_rows.csv}: {@code dataset, line} (physical line, header = 1),
 *       {@code key} (the row's id), {@code reason} ({@code missing required value: col},
 *       {@code unparseable date: col=value}, {@code unparseable timestamp: ...},
 *       {@code unparseable decimal: ...}, {@code duplicate key: col}). Rows of fraudulent
 *       workers are never broken, so evaluation does not lose planted evidence.</li>
 *   <li>{@code DIR/truth/manifest.json}: options, event window, row counts, fraud count,
 *       sanctioned vendor and wallet.</li>
 * </ul>
 *
 * <h2>Variations</h2>
 * {@code --variations a,b,c} ({@link io.ringwatch.synth.Variation}, applied by
 * {@code Variations} after the base plan) switches on habits of other companies that the base
 * generator does not have: a proxy abroad, contractors abroad, national placeholders, cloud
 * desktops, moves HR does not know of, HR typos, large households and co-working spaces, a
 * company in GB or DE, laptops shared by IT support, reassigned and lent. Each tags the benign
 * workers it touches with its name in {@code benign_group} (after the base groups) and the
 * manifest lists the variations; with none on, the output is byte for byte the base company. See
 * {@code jobs/docs/generator-variations.md}.
 */
package io.ringwatch.synth;
