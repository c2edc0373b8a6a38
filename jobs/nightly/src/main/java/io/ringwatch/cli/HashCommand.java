package io.ringwatch.cli;

import io.ringwatch.config.Settings;
import io.ringwatch.config.SettingsLoader;
import io.ringwatch.normalize.BankAccounts;
import io.ringwatch.normalize.Emails;
import io.ringwatch.normalize.Ibans;
import io.ringwatch.normalize.Ips;
import io.ringwatch.normalize.NationalIds;
import io.ringwatch.normalize.Payees;
import io.ringwatch.normalize.Phones;
import io.ringwatch.run.RunFailure;
import io.ringwatch.privacy.KeySource;
import io.ringwatch.privacy.PseudonymKey;
import io.ringwatch.publish.OutputLayout;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ringwatch hash}: the value_hash of a value an auditor holds (from an input row), under
 * the pseudonym key, to find it in identity_links. The value is normalised as the night
 * normalises it, for the kinds with a normaliser; {@code --as-is} hashes it exactly as given.
 */
@Command(name = "hash", mixinStandardHelpOptions = true,
    description = "Prints the value_hash of a value under the pseudonym key (to find it in identity_links).")
public final class HashCommand implements Callable<Integer> {
  @Option(names = "--kind", required = true, description = "Kind of value: national_id, phone, email, bank_account"
      + " (ROUTING|ACCOUNT), iban, wallet, payout_account, ip, or any other kind of identity_links with --as-is.")
  String kind;

  @Option(names = "--value", required = true, description = "The value as an input row holds it.")
  String value;

  @Option(names = "--country", defaultValue = "US",
      description = "ISO country of the worker, for national ids and phone numbers written without +country (default US).")
  String country;

  @Option(names = "--as-is", description = "Hash the value exactly as given (already in the normalised form).")
  boolean asIs;

  @Option(names = "--output", paramLabel = "DIR",
      description = "Output root whose local key to use when no key is given (a local run's key).")
  String output;

  @Option(names = "--conf", paramLabel = "FILE", description = "HOCON file layered over conf/application.conf.")
  Path conf;

  @Override
  public Integer call() {
    Settings settings = SettingsLoader.load(conf);
    PseudonymKey key = key(settings);
    String[] kv = normalised();
    System.out.println(kv[0] + " " + key.hash(kv[0], kv[1]) + "  (key " + key.id() + ")");
    return 0;
  }

  private PseudonymKey key(Settings settings) {
    boolean given = System.getenv(KeySource.ENV) != null || !KeySource.keyFile(settings).isEmpty();
    if (!given) {
      if (output == null) {
        throw RunFailure.usage("no pseudonym key: set " + KeySource.ENV + " or ringwatch.privacy.key-file, or name the"
            + " --output of a local run to use its local key");
      }
      org.apache.hadoop.fs.Path local = new OutputLayout(output).localKey();
      if (!new java.io.File(local.toUri().getPath()).isFile()) {
        throw RunFailure.usage("no pseudonym key given and no local key at " + local);
      }
      return KeySource.resolve(settings, local, new Configuration(), true);
    }
    return KeySource.resolve(settings, new OutputLayout(".").localKey(), new Configuration(), false);
  }

  /** The kind and value as identity_links hashes them. */
  String[] normalised() {
    if (asIs) {
      return new String[] {kind, value};
    }
    String v = switch (kind) {
      case "national_id" -> NationalIds.normalize(value, country).norm();
      case "phone" -> Phones.toE164(value, country);
      case "email" -> Emails.canonical(value);
      case "bank_account" -> {
        String[] parts = value.split("\\|", 2);
        if (parts.length != 2) {
          throw RunFailure.usage("--kind bank_account takes ROUTING|ACCOUNT; use --kind iban for an IBAN");
        }
        yield BankAccounts.key(parts[0], parts[1]);
      }
      case "iban" -> {
        String n = Ibans.normalize(value);
        yield n == null ? null : "iban:" + n;
      }
      case "wallet" -> Payees.wallet(value);
      case "payout_account" -> Payees.platformAccount(value);
      case "ip" -> Ips.canonical(value);
      default -> throw RunFailure.usage("no normaliser for kind " + kind + ": give the normalised value with --as-is");
    };
    if (v == null) {
      throw RunFailure.usage("'" + kind + "' value does not normalise to anything the night would link");
    }
    return new String[] {kind.equals("iban") ? "bank_account" : kind, v};
  }
}
