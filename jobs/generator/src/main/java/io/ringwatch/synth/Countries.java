package io.ringwatch.synth;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The countries the generator variations put workers in (contractors abroad, a company in GB or
 * DE, people who moved): cities, local names, phone and national-id notations, placeholders in
 * each country's own notation, bank accounts and currencies. The base company never uses it.
 */
final class Countries {
  private Countries() {}

  /**
   * One country.
   *
   * @param code ISO 3166 alpha-2
   * @param dial international dialling code
   * @param trunk national trunk prefix written before a number dialled at home ({@code 0} or empty)
   * @param groups how the national significant number is grouped when written with spaces
   * @param mobile leading digits of mobile numbers (the NSN starts with one of them)
   * @param currency ISO 4217
   * @param cities where people live; {@code zip3} is the start of a postal code the generator
   *     completes in the country's shape
   * @param streets street names; with {@code streetSuffix} &lt; 0 written before the number with
   *     their own type word, else followed by {@link Vocab#SUFFIXES}[streetSuffix] (99: any)
   * @param units flat or floor designations written after a street-first address
   * @param given local given names
   * @param surnames local surnames
   * @param keyboards keyboard layouts configured on a laptop there, one string each
   * @param mailDomains personal e-mail providers
   */
  record Country(String code, String dial, String trunk, int[] groups, String[] mobile,
      String currency, List<Vocab.City> cities, String[] streets, int streetSuffix, String[] units,
      String[] given, String[] surnames, String[] keyboards, String[] mailDomains) {

    /** Length of a national significant number. */
    int nsnLength() {
      int n = 0;
      for (int g : groups) {
        n += g;
      }
      return n;
    }
  }

  private static Vocab.City city(String name, String region, String zip, String zone, String cc) {
    return new Vocab.City(name, region, zip, new String[0], zone, cc);
  }

  static final Country IN = new Country("IN", "91", "0", new int[] {5, 5},
      new String[] {"98", "97", "99", "96", "90", "88", "81", "70", "63"}, "INR", List.of(
          city("Bengaluru", "KA", "5600", "Asia/Kolkata", "IN"),
          city("Hyderabad", "TG", "5000", "Asia/Kolkata", "IN"),
          city("Pune", "MH", "4110", "Asia/Kolkata", "IN"),
          city("Chennai", "TN", "6000", "Asia/Kolkata", "IN"),
          city("Noida", "UP", "2013", "Asia/Kolkata", "IN")),
      new String[] {"MG", "Residency", "100 Feet", "Outer Ring", "Hosur", "Linking", "Station"}, 2,
      new String[0],
      new String[] {"Aarav", "Rohan", "Priya", "Ananya", "Vikram", "Sneha", "Arjun", "Kavya",
          "Rahul", "Pooja", "Karthik", "Divya", "Sandeep", "Lakshmi"},
      new String[] {"Sharma", "Patel", "Reddy", "Iyer", "Nair", "Gupta", "Singh", "Kumar", "Rao",
          "Menon", "Joshi", "Desai", "Agarwal", "Pillai"},
      new String[] {"en-US", "en-US", "en-IN", "en-US;hi-IN"},
      new String[] {"gmail.com", "gmail.com", "gmail.com", "yahoo.co.in", "rediffmail.com",
          "outlook.com"});

  static final Country PH = new Country("PH", "63", "0", new int[] {3, 3, 4},
      new String[] {"917", "918", "915", "927", "939", "998", "945"}, "PHP", List.of(
          city("Makati", "NCR", "12", "Asia/Manila", "PH"),
          city("Quezon City", "NCR", "11", "Asia/Manila", "PH"),
          city("Cebu City", "CEB", "60", "Asia/Manila", "PH"),
          city("Davao City", "DAV", "80", "Asia/Manila", "PH")),
      new String[] {"Ayala", "Jupiter", "Osmena", "Rizal", "Mabini", "Bonifacio"}, 99,
      new String[0],
      new String[] {"Juan", "Maria", "Jose", "Angelica", "Mark", "Kristine", "Paolo", "Camille",
          "Jerome", "Rhea", "John Paul", "Mary Grace"},
      new String[] {"Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza",
          "Villanueva", "Dela Cruz", "Ramos", "Aquino", "Castillo"},
      new String[] {"en-US", "en-US", "en-US;fil-PH"},
      new String[] {"gmail.com", "gmail.com", "yahoo.com", "yahoo.com.ph", "outlook.com"});

  static final Country MX = new Country("MX", "52", "", new int[] {2, 4, 4},
      new String[] {"55", "33", "81", "22", "44"}, "MXN", List.of(
          city("Ciudad de Mexico", "CDMX", "06", "America/Mexico_City", "MX"),
          city("Guadalajara", "JAL", "44", "America/Mexico_City", "MX"),
          city("Monterrey", "NL", "64", "America/Monterrey", "MX"),
          city("Queretaro", "QRO", "76", "America/Mexico_City", "MX")),
      new String[] {"Av. Insurgentes Sur", "Calle Durango", "Paseo de la Reforma", "Av. Vallarta",
          "Calle Madero", "Av. Constitucion"}, -1,
      new String[] {"int. 4", "depto. 302", "int. 12", "piso 5"},
      new String[] {"José", "Juan", "Luis", "Alejandra", "Guadalupe", "Fernanda", "Diego",
          "Sofía", "Carlos", "Valeria", "Ricardo", "Daniela"},
      new String[] {"Hernández", "García", "Martínez", "López", "González", "Rodríguez",
          "Pérez", "Sánchez", "Ramírez", "Flores", "Torres", "Vázquez"},
      new String[] {"es-MX;en-US", "es-MX", "en-US;es-MX"},
      new String[] {"gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx"});

  static final Country BR = new Country("BR", "55", "0", new int[] {2, 5, 4},
      new String[] {"119", "219", "319", "419", "489", "519", "619"}, "BRL", List.of(
          city("São Paulo", "SP", "01", "America/Sao_Paulo", "BR"),
          city("Belo Horizonte", "MG", "30", "America/Sao_Paulo", "BR"),
          city("Florianópolis", "SC", "88", "America/Sao_Paulo", "BR"),
          city("Curitiba", "PR", "80", "America/Sao_Paulo", "BR"),
          city("Recife", "PE", "50", "America/Recife", "BR")),
      new String[] {"Rua Augusta", "Avenida Paulista", "Rua Oscar Freire", "Rua das Flores",
          "Avenida Brasil", "Rua XV de Novembro"}, -1,
      new String[] {"apto 52", "apto 1203", "sala 4", "casa 2", "bloco B apto 31"},
      new String[] {"João", "Lucas", "Gabriel", "Ana", "Beatriz", "Mariana", "Rafael", "Felipe",
          "Juliana", "Larissa", "Thiago", "Camila"},
      new String[] {"Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Costa",
          "Ferreira", "Almeida", "Rodrigues", "Carvalho", "Ribeiro"},
      new String[] {"pt-BR", "pt-BR;en-US", "en-US;pt-BR"},
      new String[] {"gmail.com", "gmail.com", "hotmail.com", "outlook.com", "uol.com.br",
          "bol.com.br"});

  static final Country PL = new Country("PL", "48", "", new int[] {3, 3, 3},
      new String[] {"50", "51", "53", "60", "66", "69", "72", "78", "88"}, "PLN", List.of(
          city("Warszawa", "MZ", "00", "Europe/Warsaw", "PL"),
          city("Kraków", "MA", "30", "Europe/Warsaw", "PL"),
          city("Wrocław", "DS", "50", "Europe/Warsaw", "PL"),
          city("Gdańsk", "PM", "80", "Europe/Warsaw", "PL")),
      new String[] {"ul. Marszałkowska", "ul. Długa", "al. Jerozolimskie", "ul. Floriańska",
          "ul. Piotrkowska", "ul. Mickiewicza"}, -1,
      new String[] {"m. 12", "m. 4", "lok. 7", "m. 31"},
      new String[] {"Jakub", "Piotr", "Tomasz", "Anna", "Katarzyna", "Agnieszka", "Michał",
          "Paweł", "Magdalena", "Marta", "Krzysztof", "Joanna"},
      new String[] {"Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamiński",
          "Lewandowski", "Zieliński", "Szymański", "Woźniak", "Dąbrowski", "Mazur"},
      new String[] {"pl-PL", "pl-PL;en-US", "en-US;pl-PL"},
      new String[] {"gmail.com", "gmail.com", "wp.pl", "onet.pl", "o2.pl", "interia.pl"});

  static final Country UA = new Country("UA", "380", "0", new int[] {2, 3, 4},
      new String[] {"67", "68", "96", "97", "98", "50", "66", "63", "93"}, "UAH", List.of(
          city("Kyiv", "", "01", "Europe/Kiev", "UA"),
          city("Lviv", "", "79", "Europe/Kiev", "UA"),
          city("Kharkiv", "", "61", "Europe/Kiev", "UA"),
          city("Dnipro", "", "49", "Europe/Kiev", "UA")),
      new String[] {"vul. Khreshchatyk", "vul. Shevchenka", "vul. Franka", "prosp. Svobody",
          "vul. Sumska", "vul. Volodymyrska"}, -1,
      new String[] {"kv. 12", "kv. 45", "kv. 7", "of. 3"},
      new String[] {"Oleksandr", "Andrii", "Dmytro", "Olena", "Iryna", "Yuliia", "Serhii",
          "Maksym", "Kateryna", "Natalia", "Taras", "Oksana"},
      new String[] {"Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk",
          "Boiko", "Oliinyk", "Koval", "Polishchuk", "Moroz", "Lysenko"},
      new String[] {"uk-UA;en-US", "uk-UA;ru-RU;en-US", "en-US;uk-UA"},
      new String[] {"gmail.com", "gmail.com", "ukr.net", "i.ua", "outlook.com"});

  static final Country AR = new Country("AR", "54", "0", new int[] {2, 4, 4},
      new String[] {"11", "35", "34", "26"}, "ARS", List.of(
          city("Buenos Aires", "C", "C10", "America/Argentina/Buenos_Aires", "AR"),
          city("Córdoba", "X", "X50", "America/Argentina/Cordoba", "AR"),
          city("Rosario", "S", "S20", "America/Argentina/Cordoba", "AR"),
          city("Mendoza", "M", "M55", "America/Argentina/Mendoza", "AR")),
      new String[] {"Av. Corrientes", "Av. Santa Fe", "Calle Florida", "Av. Cabildo",
          "Av. Colón", "Calle San Martín"}, -1,
      new String[] {"piso 3 dto B", "piso 8 dto A", "dto 4", "PB"},
      new String[] {"Santiago", "Mateo", "Martina", "Lucía", "Facundo", "Agustina", "Nicolás",
          "Camila", "Tomás", "Florencia", "Juan Ignacio", "Micaela"},
      new String[] {"González", "Rodríguez", "Fernández", "López", "Martínez", "Díaz", "Pérez",
          "Romero", "Sosa", "Álvarez", "Gómez", "Benítez"},
      new String[] {"es-AR", "es-419;en-US", "en-US;es-AR"},
      new String[] {"gmail.com", "gmail.com", "hotmail.com", "yahoo.com.ar", "outlook.com"});

  static final Country CO = new Country("CO", "57", "", new int[] {3, 3, 4},
      new String[] {"300", "301", "310", "311", "312", "315", "318", "320"}, "COP", List.of(
          city("Bogotá", "DC", "110", "America/Bogota", "CO"),
          city("Medellín", "ANT", "050", "America/Bogota", "CO"),
          city("Cali", "VAC", "760", "America/Bogota", "CO"),
          city("Barranquilla", "ATL", "080", "America/Bogota", "CO")),
      new String[] {"Calle 93 #", "Carrera 7 #", "Calle 72 #", "Carrera 43A #", "Calle 10 #",
          "Avenida 19 #"}, -1,
      new String[] {"apto 502", "apto 1101", "oficina 302", "casa 14"},
      new String[] {"Andrés", "Juan Pablo", "Daniela", "Valentina", "Sebastián", "Camila",
          "Felipe", "Laura", "Santiago", "Natalia", "Alejandro", "Paula"},
      new String[] {"Rodríguez", "Gómez", "Martínez", "García", "López", "Hernández", "Ramírez",
          "Restrepo", "Castro", "Vargas", "Montoya", "Ospina"},
      new String[] {"es-CO", "es-419;en-US", "en-US;es-CO"},
      new String[] {"gmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com"});

  static final Country PK = new Country("PK", "92", "0", new int[] {3, 7},
      new String[] {"300", "301", "302", "303", "321", "333", "345"}, "PKR", List.of(
          city("Lahore", "PB", "54", "Asia/Karachi", "PK"),
          city("Karachi", "SD", "75", "Asia/Karachi", "PK"),
          city("Islamabad", "IS", "44", "Asia/Karachi", "PK")),
      new String[] {"Jinnah", "Canal Bank", "Shahrah-e-Faisal", "Allama Iqbal", "Ferozepur",
          "University"}, 2,
      new String[0],
      new String[] {"Muhammad", "Ahmed", "Ali", "Hassan", "Usman", "Ayesha", "Fatima", "Zainab",
          "Bilal", "Hira", "Saad", "Sana"},
      new String[] {"Khan", "Ahmed", "Malik", "Hussain", "Qureshi", "Sheikh", "Butt",
          "Chaudhry", "Raza", "Siddiqui", "Iqbal", "Javed"},
      new String[] {"en-US", "en-US;ur-PK"},
      new String[] {"gmail.com", "gmail.com", "yahoo.com", "hotmail.com", "outlook.com"});

  static final Country EG = new Country("EG", "20", "0", new int[] {2, 4, 4},
      new String[] {"10", "11", "12", "15"}, "EGP", List.of(
          city("Cairo", "C", "11", "Africa/Cairo", "EG"),
          city("Giza", "GZ", "12", "Africa/Cairo", "EG"),
          city("Alexandria", "ALX", "21", "Africa/Cairo", "EG")),
      new String[] {"Tahrir", "Gamal Abdel Nasser", "El Nasr", "Mohamed Farid", "Abbas El Akkad",
          "El Haram"}, 0,
      new String[0],
      new String[] {"Mohamed", "Ahmed", "Mahmoud", "Omar", "Youssef", "Nour", "Mariam", "Salma",
          "Karim", "Hana", "Mostafa", "Yasmin"},
      new String[] {"Hassan", "Ibrahim", "Mostafa", "Abdelrahman", "Farouk", "Said", "Ali",
          "Mahmoud", "Fathy", "Saleh", "Gaber", "Nasser"},
      new String[] {"en-US;ar-EG", "en-US", "ar-EG;en-US"},
      new String[] {"gmail.com", "gmail.com", "yahoo.com", "hotmail.com", "outlook.com"});

  static final Country NG = new Country("NG", "234", "0", new int[] {3, 3, 4},
      new String[] {"803", "806", "813", "816", "703", "706", "903", "906"}, "NGN", List.of(
          city("Lagos", "LA", "1", "Africa/Lagos", "NG"),
          city("Abuja", "FC", "9", "Africa/Lagos", "NG"),
          city("Port Harcourt", "RI", "5", "Africa/Lagos", "NG")),
      new String[] {"Adeola Odeku", "Awolowo", "Admiralty", "Ademola Adetokunbo", "Allen",
          "Herbert Macaulay"}, 99,
      new String[0],
      new String[] {"Chinedu", "Emeka", "Oluwaseun", "Tunde", "Ngozi", "Adaeze", "Ifeoma",
          "Babajide", "Funmilayo", "Ibrahim", "Chiamaka", "Segun"},
      new String[] {"Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Ogunleye", "Nwosu",
          "Abubakar", "Adebayo", "Obi", "Okoro", "Bello"},
      new String[] {"en-US", "en-GB", "en-US;en-GB"},
      new String[] {"gmail.com", "gmail.com", "yahoo.com", "outlook.com"});

  static final Country VN = new Country("VN", "84", "0", new int[] {2, 3, 4},
      new String[] {"90", "91", "93", "96", "97", "98", "32", "86"}, "VND", List.of(
          city("Ho Chi Minh City", "SG", "70", "Asia/Ho_Chi_Minh", "VN"),
          city("Hanoi", "HN", "10", "Asia/Ho_Chi_Minh", "VN"),
          city("Da Nang", "DN", "55", "Asia/Ho_Chi_Minh", "VN")),
      new String[] {"Nguyen Hue", "Le Loi", "Hai Ba Trung", "Tran Hung Dao", "Dien Bien Phu",
          "Vo Van Tan"}, 0,
      new String[0],
      new String[] {"Minh", "Anh", "Huy", "Linh", "Trang", "Duc", "Thao", "Khoa", "Lan", "Tuan",
          "Quang", "Ngoc"},
      new String[] {"Nguyen", "Tran", "Le", "Pham", "Hoang", "Phan", "Vu", "Dang", "Bui", "Do",
          "Ngo", "Duong"},
      new String[] {"vi-VN;en-US", "en-US;vi-VN", "en-US"},
      new String[] {"gmail.com", "gmail.com", "yahoo.com", "yahoo.com.vn", "outlook.com"});

  static final Country GB = new Country("GB", "44", "0", new int[] {4, 6},
      new String[] {"7700", "7712", "7723", "7740", "7751", "7789", "7801", "7911", "7958"},
      "GBP", List.of(
          city("London", "", "SW1", "Europe/London", "GB"),
          city("London", "", "EC1", "Europe/London", "GB"),
          city("London", "", "N1", "Europe/London", "GB"),
          city("Manchester", "", "M1", "Europe/London", "GB"),
          city("Birmingham", "", "B1", "Europe/London", "GB"),
          city("Leeds", "", "LS1", "Europe/London", "GB"),
          city("Bristol", "", "BS1", "Europe/London", "GB"),
          city("Edinburgh", "", "EH1", "Europe/London", "GB"),
          city("Glasgow", "", "G2", "Europe/London", "GB"),
          city("Cambridge", "", "CB1", "Europe/London", "GB")),
      new String[] {"High", "Station", "Church", "Victoria", "Park", "Mill", "Queen's", "King",
          "Albert", "Grove", "Manor", "London", "Windsor", "Richmond", "York", "Kingsway",
          "Springfield", "Green"}, 99,
      new String[0],
      new String[] {"Oliver", "George", "Harry", "Jack", "Charlotte", "Amelia", "Olivia",
          "Emily", "James", "Sophie"},
      new String[] {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Davies",
          "Evans", "Thomas", "Roberts"},
      new String[] {"en-GB"},
      new String[] {"gmail.com", "gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com",
          "yahoo.co.uk", "icloud.com"});

  static final Country DE = new Country("DE", "49", "0", new int[] {3, 8},
      new String[] {"151", "152", "157", "160", "170", "171", "172", "176", "177"}, "EUR",
      List.of(
          city("Berlin", "BE", "10", "Europe/Berlin", "DE"),
          city("München", "BY", "80", "Europe/Berlin", "DE"),
          city("Hamburg", "HH", "20", "Europe/Berlin", "DE"),
          city("Frankfurt am Main", "HE", "60", "Europe/Berlin", "DE"),
          city("Köln", "NW", "50", "Europe/Berlin", "DE"),
          city("Stuttgart", "BW", "70", "Europe/Berlin", "DE"),
          city("Leipzig", "SN", "04", "Europe/Berlin", "DE"),
          city("Düsseldorf", "NW", "40", "Europe/Berlin", "DE")),
      new String[] {"Hauptstraße", "Bahnhofstraße", "Schillerstraße", "Goethestraße",
          "Lindenstraße", "Friedrichstraße", "Gartenweg", "Am Markt", "Schulstraße",
          "Bergstraße", "Kirchstraße", "Waldstraße", "Ringstraße", "Mozartstraße",
          "Birkenweg", "Rosenstraße", "Beethovenstraße", "Kastanienallee"}, -1,
      new String[] {"3. OG", "Hinterhaus", "2. OG links", "App. 14"},
      new String[] {"Lukas", "Jonas", "Leon", "Anna", "Lea", "Laura", "Felix", "Julia",
          "Maximilian", "Sophie"},
      new String[] {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
          "Becker", "Schulz", "Hoffmann"},
      new String[] {"de-DE", "de-DE", "de-DE;en-US"},
      new String[] {"gmail.com", "gmx.de", "web.de", "t-online.de", "outlook.de", "gmx.net"});

  static final Country PT = new Country("PT", "351", "", new int[] {3, 3, 3},
      new String[] {"91", "92", "93", "96"}, "EUR", List.of(
          city("Lisboa", "", "1000", "Europe/Lisbon", "PT"),
          city("Porto", "", "4000", "Europe/Lisbon", "PT")),
      new String[] {"Rua Augusta", "Avenida da Liberdade", "Rua de Santa Catarina"}, -1,
      new String[] {"2º Esq", "1º Dto"}, new String[] {"João"}, new String[] {"Silva"},
      new String[] {"pt-PT"}, new String[] {"gmail.com"});

  static final Country ES = new Country("ES", "34", "", new int[] {3, 3, 3},
      new String[] {"6", "7"}, "EUR", List.of(
          city("Madrid", "M", "28", "Europe/Madrid", "ES"),
          city("Barcelona", "B", "08", "Europe/Madrid", "ES"),
          city("Valencia", "V", "46", "Europe/Madrid", "ES")),
      new String[] {"Calle Mayor", "Gran Vía", "Calle de Alcalá"}, -1,
      new String[] {"3º B", "1º A"}, new String[] {"Lucía"}, new String[] {"García"},
      new String[] {"es-ES"}, new String[] {"gmail.com"});

  /** Where the contractors abroad of contractors-abroad live, with relative weights. */
  static final List<Country> CONTRACTOR_COUNTRIES = List.of(IN, PH, MX, BR, PL, UA, AR, CO, PK,
      EG, NG, VN);
  static final double[] CONTRACTOR_WEIGHTS = {22, 12, 8, 10, 10, 8, 6, 6, 6, 4, 4, 6};

  /** Every country here by code, null when unknown. */
  static Country of(String code) {
    for (Country c : List.of(IN, PH, MX, BR, PL, UA, AR, CO, PK, EG, NG, VN, GB, DE, PT, ES)) {
      if (c.code().equals(code)) {
        return c;
      }
    }
    return null;
  }

  // ---- names --------------------------------------------------------------------------------

  /** A name reduced to the lower-case ASCII letters an e-mail address or handle is made of. */
  static String ascii(String s) {
    String folded = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .replace("ł", "l").replace("Ł", "L").replace("ß", "ss");
    return folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
  }

  // ---- addresses ----------------------------------------------------------------------------

  /** A home address in {@code city} of {@code c}, written the country's way. */
  static Formats.Address address(SplittableRandom r, Country c, Vocab.City city) {
    String postal = postal(r, c.code(), city.zip3());
    String street = Rand.pick(r, c.streets());
    if (c.streetSuffix() < 0) {
      String unit = c.units().length > 0 && Rand.chance(r, 0.5) ? Rand.pick(r, c.units()) : null;
      return new Formats.Address(Rand.between(r, 1, 250), street, -1, -1, unit, city.city(),
          city.region(), postal, null, c.code());
    }
    int suffix = c.streetSuffix() == 99 ? r.nextInt(Vocab.SUFFIXES.length) : c.streetSuffix();
    int unitKind = r.nextInt(10) < 3 ? 0 : -1;
    return new Formats.Address(Rand.between(r, 1, 250), street, suffix, unitKind,
        unitKind < 0 ? null : Integer.toString(Rand.between(r, 1, 40)), city.city(),
        city.region(), postal, null, c.code());
  }

  /** A postal code of the country's shape starting with {@code prefix}. */
  static String postal(SplittableRandom r, String code, String prefix) {
    return switch (code) {
      case "IN" -> prefix + Rand.digits(r, 6 - prefix.length());
      case "PH" -> prefix + Rand.digits(r, 4 - prefix.length());
      case "BR" -> prefix + Rand.digits(r, 3) + "-" + Rand.digits(r, 3);
      case "PL" -> prefix + "-" + Rand.digits(r, 3);
      case "AR" -> prefix + Rand.digits(r, 2) + letters(r, 3);
      case "CO" -> prefix + Rand.digits(r, 3);
      case "NG" -> prefix + Rand.digits(r, 5);
      case "VN" -> prefix + Rand.digits(r, 4);
      case "PT" -> prefix + "-" + Rand.digits(r, 3);
      case "GB" -> prefix + " " + r.nextInt(10) + letters(r, 2);
      default -> prefix + Rand.digits(r, 5 - prefix.length()); // MX, UA, PK, EG, DE, ES
    };
  }

  private static String letters(SplittableRandom r, int n) {
    String abc = "ABDEFGHJLNPQRSTUWXYZ";
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(abc.charAt(r.nextInt(abc.length())));
    }
    return sb.toString();
  }

  // ---- phones -------------------------------------------------------------------------------

  /**
   * A new mobile number of {@code c}: its national significant number (digits only), drawn again
   * until libphonenumber calls it valid. Real people's numbers are valid; the detector rightly
   * reads an invalid one as junk that ties no one, so an invalid draw (Ofcom's drama range
   * 07700 900xxx, a German 0170 number one digit too long, an unallocated Spanish or Argentine
   * block) made a ring's shared phone vanish. A valid first draw consumes the stream as before.
   */
  static String mobileNsn(SplittableRandom r, Country c) {
    String nsn = null;
    for (int attempt = 0; attempt < 100; attempt++) {
      String p = Rand.pick(r, c.mobile());
      nsn = p + Rand.digits(r, c.nsnLength() - p.length());
      if (validMobile(c, nsn)) {
        return nsn;
      }
    }
    return nsn;
  }

  static boolean validMobile(Country c, String nsn) {
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    try {
      // Argentina dials mobiles with a 9 after the country code (as phone() writes them).
      return util.isValidNumber(util.parse("+" + c.dial() + (c.code().equals("AR") ? "9" : "") + nsn, c.code()));
    } catch (NumberParseException e) {
      return false;
    }
  }

  /** A national significant number written in one of the notations HR systems hold. */
  static String phone(SplittableRandom r, Country c, String nsn) {
    String grouped = grouped(c, nsn);
    if (c.code().equals("BR")) {
      String national = "(" + nsn.substring(0, 2) + ") " + nsn.substring(2, 7) + "-"
          + nsn.substring(7);
      return switch (r.nextInt(3)) {
        case 0 -> national;
        case 1 -> "+55 " + nsn.substring(0, 2) + " " + nsn.substring(2, 7) + "-" + nsn.substring(7);
        default -> "+55" + nsn;
      };
    }
    String intl = c.code().equals("AR") ? c.dial() + " 9" : c.dial();
    return switch (r.nextInt(5)) {
      case 0 -> "+" + intl + " " + grouped;
      case 1 -> "+" + c.dial() + nsn;
      case 2 -> c.trunk() + grouped;
      case 3 -> "00" + intl + " " + grouped;
      default -> c.trunk() + nsn;
    };
  }

  private static String grouped(Country c, String nsn) {
    StringBuilder sb = new StringBuilder();
    int at = 0;
    for (int g : c.groups()) {
      if (at >= nsn.length()) {
        break;
      }
      sb.append(at == 0 ? "" : " ").append(nsn, at, Math.min(nsn.length(), at + g));
      at += g;
    }
    if (at < nsn.length()) {
      sb.append(nsn.substring(at));
    }
    return sb.toString();
  }

  // ---- national identifiers -----------------------------------------------------------------

  /**
   * A national identifier of {@code c} for a person born on {@code dob}, in a local notation: one
   * its issuer could have issued, passing the issuer's format and check digit (the rules of
   * {@code io.ringwatch.normalize.ForeignIds}), as a real person's id does. Ids whose digits are
   * what HR types for "not known" ({@link #placeholderLike}) are drawn again: no issuer hands
   * those out.
   */
  static String nationalId(SplittableRandom r, Country c, String first, String last,
      LocalDate dob) {
    while (true) {
      String id = drawNationalId(r, c, first, last, dob);
      if (!placeholderLike(id)) {
        return id;
      }
    }
  }

  private static String drawNationalId(SplittableRandom r, Country c, String first, String last,
      LocalDate dob) {
    String yymmdd = String.format(Locale.ROOT, "%02d%02d%02d", dob.getYear() % 100,
        dob.getMonthValue(), dob.getDayOfMonth());
    return switch (c.code()) {
      case "IN" -> {
        if (Rand.chance(r, 0.4)) { // PAN: 5 letters (4th P: a person, 5th: surname initial), 4 digits, a letter
          yield letters(r, 3) + "P" + ascii(last).toUpperCase(Locale.ROOT).charAt(0)
              + Rand.digits(r, 4) + letters(r, 1);
        }
        // Aadhaar (UIDAI): 12 digits, never starting 0 or 1, the last a Verhoeff check digit
        String aadhaar = verhoeff(Rand.between(r, 2, 9) + Rand.digits(r, 10));
        yield r.nextBoolean() ? aadhaar.substring(0, 4) + " " + aadhaar.substring(4, 8) + " "
            + aadhaar.substring(8) : aadhaar;
      }
      case "PH" -> Rand.digits(r, 3) + "-" + Rand.digits(r, 3) + "-" + Rand.digits(r, 3) + "-000";
      case "MX" -> curp(r, first, last, Rand.pick(r, c.surnames()), dob);
      case "BR" -> {
        String cpf = cpf(Rand.digits(r, 9));
        yield Rand.chance(r, 0.6) ? cpf.substring(0, 3) + "." + cpf.substring(3, 6) + "."
            + cpf.substring(6, 9) + "-" + cpf.substring(9) : cpf;
      }
      case "PL" -> pesel(r, dob);
      case "UA" -> Rand.between(r, 1, 3) + Rand.digits(r, 9);
      case "AR" -> {
        String dni = Integer.toString(Rand.between(r, 20_000_000, 45_999_999));
        yield Rand.chance(r, 0.5) ? dni.substring(0, 2) + "." + dni.substring(2, 5) + "."
            + dni.substring(5) : Rand.chance(r, 0.5) ? "20-" + dni + "-" + r.nextInt(10) : dni;
      }
      case "CO" -> {
        String cc = Integer.toString(Rand.between(r, 1_000_000_000, 1_099_999_999));
        yield Rand.chance(r, 0.5) ? cc.charAt(0) + "." + cc.substring(1, 4) + "."
            + cc.substring(4, 7) + "." + cc.substring(7) : cc;
      }
      case "PK" -> Rand.pick(r, new String[] {"35202", "42101", "61101", "37405"}) + "-"
          + Rand.digits(r, 7) + "-" + r.nextInt(10);
      case "EG" -> (dob.getYear() >= 2000 ? "3" : "2") + yymmdd
          + Rand.pick(r, new String[] {"01", "02", "21", "88"}) + Rand.digits(r, 5);
      case "NG" -> Rand.between(r, 1, 9) + Rand.digits(r, 10);
      case "VN" -> "0" + Rand.digits(r, 2) + (dob.getYear() >= 2000 ? "2" : "0")
          + String.format(Locale.ROOT, "%02d", dob.getYear() % 100) + Rand.digits(r, 6);
      case "GB" -> {
        String nino = ninoPrefix(r) + Rand.digits(r, 6) + (char) ('A' + r.nextInt(4));
        yield Rand.chance(r, 0.35) ? nino.substring(0, 2) + " " + nino.substring(2, 4) + " "
            + nino.substring(4, 6) + " " + nino.substring(6, 8) + " " + nino.substring(8) : nino;
      }
      case "DE" -> {
        String id = steuerId(r);
        yield Rand.chance(r, 0.3) ? id.substring(0, 2) + " " + id.substring(2, 5) + " "
            + id.substring(5, 8) + " " + id.substring(8) : id;
      }
      default -> Rand.digits(r, 9);
    };
  }

  /**
   * A national identifier of {@code c} that is never issued (what an invalid SSN is in the US):
   * a National Insurance number with a prefix HMRC never allocates (BG, GB, KN, NK, NT, TN, ZZ),
   * or a German tax id starting with 0.
   */
  static String invalidNationalId(SplittableRandom r, Country c) {
    while (true) { // never-issued, not a placeholder (which is another finding)
      String id = switch (c.code()) {
        case "GB" -> Rand.pick(r, new String[] {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})
            + Rand.digits(r, 6) + (char) ('A' + r.nextInt(4));
        case "DE" -> "0" + Rand.digits(r, 10);
        default -> "000" + Rand.digits(r, 6);
      };
      if (!placeholderLike(id)) {
        return id;
      }
    }
  }

  /**
   * Whether an id looks like what HR types for "not known" rather than an issued id: one
   * character repeated, four or more digits all zeros, or six or more digits all one digit or an
   * ascending or descending run (wrapping 9 to 0), the rules of
   * {@code io.ringwatch.normalize.JunkValues}.
   */
  static boolean placeholderLike(String id) {
    String alnum = id.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    String digits = alnum.replaceAll("\\D", "");
    if (alnum.length() > 1 && alnum.chars().distinct().count() == 1) {
      return true;
    }
    if (digits.length() >= 4 && digits.chars().allMatch(d -> d == '0')) {
      return true;
    }
    if (digits.length() < 6) {
      return false;
    }
    boolean same = true;
    boolean up = true;
    boolean down = true;
    for (int i = 1; i < digits.length(); i++) {
      int step = Math.floorMod(digits.charAt(i) - digits.charAt(i - 1), 10);
      same &= step == 0;
      up &= step == 1;
      down &= step == 9;
    }
    return same || up || down;
  }

  /**
   * A CURP (RENAPO) of a person with surnames {@code last} and {@code second}: the first
   * surname's initial and first inner vowel, the second surname's initial, the given name's
   * initial, birth date YYMMDD, sex, state of birth, the first inner consonants of first surname,
   * second surname and given name, a homoclave (a digit for those born before 2000, a letter
   * after) and the check digit.
   */
  static String curp(SplittableRandom r, String first, String last, String second,
      LocalDate dob) {
    String l = ascii(last).toUpperCase(Locale.ROOT);
    String m = ascii(second).toUpperCase(Locale.ROOT);
    String f = ascii(first).toUpperCase(Locale.ROOT);
    String yymmdd = String.format(Locale.ROOT, "%02d%02d%02d", dob.getYear() % 100,
        dob.getMonthValue(), dob.getDayOfMonth());
    String head = "" + initial(l) + inner(l, "AEIOU") + initial(m) + initial(f) + yymmdd
        + (r.nextBoolean() ? "H" : "M") + Rand.pick(r, new String[] {"DF", "JC", "NL", "QT"})
        + inner(l, "BCDFGHJKLMNPQRSTVWXYZ") + inner(m, "BCDFGHJKLMNPQRSTVWXYZ")
        + inner(f, "BCDFGHJKLMNPQRSTVWXYZ")
        + (dob.getYear() < 2000 ? (char) ('0' + r.nextInt(10)) : (char) ('A' + r.nextInt(26)));
    return head + curpCheck(head);
  }

  private static char initial(String name) {
    return name.isEmpty() ? 'X' : name.charAt(0);
  }

  /** The first letter of {@code name} after its initial that is one of {@code among}, else X. */
  private static char inner(String name, String among) {
    for (int i = 1; i < name.length(); i++) {
      if (among.indexOf(name.charAt(i)) >= 0) {
        return name.charAt(i);
      }
    }
    return 'X';
  }

  /** The CURP check digit of its first 17 characters (RENAPO). */
  static int curpCheck(String head) {
    String alphabet = "0123456789ABCDEFGHIJKLMN\u00d1OPQRSTUVWXYZ";
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += alphabet.indexOf(head.charAt(i)) * (18 - i);
    }
    return (10 - sum % 10) % 10;
  }

  /**
   * A Steuer-ID (BZSt): ten digits, the first not 0, one digit twice and the others at most once,
   * then the ISO 7064 MOD 11,10 check digit.
   */
  static String steuerId(SplittableRandom r) {
    int[] ten = new int[10];
    while (true) {
      int[] perm = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
      Rand.shuffle(r, perm);
      System.arraycopy(perm, 0, ten, 0, 9); // nine distinct digits, one left out
      ten[9] = perm[r.nextInt(9)]; // and one of them twice
      Rand.shuffle(r, ten);
      if (ten[0] != 0) {
        break;
      }
    }
    StringBuilder sb = new StringBuilder(11);
    int product = 10;
    for (int d : ten) {
      sb.append(d);
      int sum = (d + product) % 10;
      product = (sum == 0 ? 10 : sum) * 2 % 11;
    }
    return sb.append((11 - product) % 10).toString();
  }

  private static final int[][] VERHOEFF_D = {
      {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 2, 3, 4, 0, 6, 7, 8, 9, 5}, {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
      {3, 4, 0, 1, 2, 8, 9, 5, 6, 7}, {4, 0, 1, 2, 3, 9, 5, 6, 7, 8}, {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
      {6, 5, 9, 8, 7, 1, 0, 4, 3, 2}, {7, 6, 5, 9, 8, 2, 1, 0, 4, 3}, {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
      {9, 8, 7, 6, 5, 4, 3, 2, 1, 0}};
  private static final int[][] VERHOEFF_P = {
      {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, {1, 5, 7, 6, 2, 8, 3, 0, 9, 4}, {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
      {8, 9, 1, 6, 0, 4, 3, 5, 2, 7}, {9, 4, 5, 3, 1, 2, 6, 8, 7, 0}, {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
      {2, 7, 9, 3, 8, 0, 6, 4, 1, 5}, {7, 0, 4, 6, 9, 1, 3, 2, 5, 8}};
  private static final int[] VERHOEFF_INV = {0, 4, 3, 2, 1, 5, 6, 7, 8, 9};

  /** {@code digits} followed by their Verhoeff check digit. */
  static String verhoeff(String digits) {
    int c = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      c = VERHOEFF_D[c][VERHOEFF_P[(i + 1) % 8][d]];
    }
    return digits + VERHOEFF_INV[c];
  }

  private static String ninoPrefix(SplittableRandom r) {
    String firsts = "ABCEGHJKLMNOPRSTWXYZ";
    String seconds = "ABCEGHJKLMNPRSTWXYZ";
    while (true) {
      String p = "" + firsts.charAt(r.nextInt(firsts.length()))
          + seconds.charAt(r.nextInt(seconds.length()));
      if (!List.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ").contains(p)) {
        return p;
      }
    }
  }

  /** Nine CPF digits with their two check digits. */
  static String cpf(String nine) {
    String s = nine;
    for (int len = 9; len <= 10; len++) {
      int sum = 0;
      for (int i = 0; i < len; i++) {
        sum += (s.charAt(i) - '0') * (len + 1 - i);
      }
      int d = 11 - sum % 11;
      s += d >= 10 ? 0 : d;
    }
    return s;
  }

  /** A PESEL: birth date (month + 20 after 1999), serial, check digit. */
  static String pesel(SplittableRandom r, LocalDate dob) {
    int month = dob.getMonthValue() + (dob.getYear() >= 2000 ? 20 : 0);
    String s = String.format(Locale.ROOT, "%02d%02d%02d", dob.getYear() % 100, month,
        dob.getDayOfMonth()) + Rand.digits(r, 4);
    int[] w = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += w[i] * (s.charAt(i) - '0');
    }
    return s + (10 - sum % 10) % 10;
  }

  // ---- placeholders in each country's notation ------------------------------------------------

  /** What HR systems hold instead of an unknown phone number in {@code code}'s notation. */
  static String[] phonePlaceholders(String code) {
    return switch (code) {
      case "US", "CA" -> new String[] {"555-555-5555", "(555) 555-5555", "555-0100",
          "+1 000 000 0000", "XXX-XXX-XXXX", "N/A", "1111111111"};
      case "MX" -> new String[] {"+52 55 0000 0000", "55 0000 0000", "0000000000", "N/A",
          "XXXXXXXXXX"};
      case "IN" -> new String[] {"00000 00000", "+91 00000 00000", "9999999999", "0000000000",
          "XXXXXXXXXX", "N/A"};
      case "PH" -> new String[] {"+63 000 000 0000", "0000 000 0000", "09000000000", "N/A"};
      case "BR" -> new String[] {"(00) 00000-0000", "+55 00 00000-0000", "(11) 99999-9999",
          "N/A"};
      case "PL" -> new String[] {"000 000 000", "+48 000 000 000", "brak", "N/A"};
      case "UA" -> new String[] {"+380 00 000 0000", "000 000 0000", "N/A"};
      case "AR" -> new String[] {"+54 9 11 0000-0000", "011 0000-0000", "N/A"};
      case "CO" -> new String[] {"+57 000 000 0000", "000 0000000", "N/A"};
      case "PK" -> new String[] {"0300-0000000", "+92 000 0000000", "N/A"};
      case "EG" -> new String[] {"+20 00 0000 0000", "000 0000 0000", "N/A"};
      case "NG" -> new String[] {"08000000000", "+234 000 000 0000", "N/A"};
      case "VN" -> new String[] {"+84 00 000 0000", "0000 000 000", "N/A"};
      case "GB" -> new String[] {"07000 000000", "+44 0000 000000", "00000 000000",
          "01234 567890", "N/A", "TBC"};
      case "DE" -> new String[] {"0000 0000000", "+49 000 00000000", "0123 4567890", "k.A.",
          "N/A"};
      default -> new String[] {"0000000000", "N/A", "XXXXXXXXXX"};
    };
  }

  /** What HR systems hold instead of an unknown national identifier in {@code code}'s notation. */
  static String[] idPlaceholders(String code) {
    return switch (code) {
      case "US" -> new String[] {"000-00-0000", "XXX-XX-XXXX", "N/A", "999-99-9999", "000000000"};
      case "CA" -> new String[] {"000 000 000", "999 999 999", "N/A"};
      case "IN" -> new String[] {"000000000000", "0000 0000 0000", "XXXX XXXX XXXX", "N/A",
          "XXXXXXXXXX"};
      case "MX" -> new String[] {"XEXX010101HNEXXXA4", "XAXX010101000", "N/A"};
      case "PH" -> new String[] {"000-000-000-000", "N/A"};
      case "BR" -> new String[] {"000.000.000-00", "111.111.111-11", "N/A"};
      case "PL" -> new String[] {"00000000000", "brak", "N/A"};
      case "UA" -> new String[] {"0000000000", "N/A"};
      case "AR" -> new String[] {"00.000.000", "N/A"};
      case "CO" -> new String[] {"0000000000", "N/A"};
      case "PK" -> new String[] {"00000-0000000-0", "N/A"};
      case "EG" -> new String[] {"00000000000000", "N/A"};
      case "NG" -> new String[] {"00000000000", "N/A"};
      case "VN" -> new String[] {"000000000000", "N/A"};
      case "GB" -> new String[] {"QQ123456C", "AA000000A", "QQ 12 34 56 C", "N/A", "TBC"};
      case "DE" -> new String[] {"00000000000", "k.A.", "N/A"};
      default -> new String[] {"N/A", "000000000", "XXXXXXXXXX"};
    };
  }

  // ---- banks --------------------------------------------------------------------------------

  /** Whether payroll into {@code code} goes to an IBAN (else to a local account number). */
  static boolean usesIban(String code) {
    return List.of("GB", "DE", "PL", "UA", "PK", "EG", "BR", "PT", "ES").contains(code);
  }

  /** A valid IBAN of {@code code}, grouped by four with spaces or not. */
  static String iban(SplittableRandom r, String code) {
    if (code.equals("GB") || code.equals("DE")) {
      return Formats.iban(r, code);
    }
    String bban = switch (code) {
      case "PL" -> Rand.pick(r, new String[] {"10205561", "11402004", "10901014", "12401037"})
          + Rand.digits(r, 16);
      case "UA" -> Rand.pick(r, new String[] {"305299", "322001", "300528", "320649"})
          + "0000" + Rand.digits(r, 15);
      case "PK" -> Rand.pick(r, new String[] {"HABB", "MEZN", "UNIL", "ALFH"}) + "00"
          + Rand.digits(r, 14);
      case "EG" -> Rand.pick(r, new String[] {"0019", "0003", "0037"}) + Rand.digits(r, 21);
      case "BR" -> Rand.pick(r, new String[] {"00360305", "60701190", "00000000"})
          + Rand.digits(r, 15) + "C1";
      case "PT" -> Rand.pick(r, new String[] {"0035", "0033", "0010"}) + Rand.digits(r, 17);
      case "ES" -> Rand.pick(r, new String[] {"2100", "0049", "0182"}) + Rand.digits(r, 16);
      default -> throw new IllegalArgumentException("no IBAN for " + code);
    };
    String iban = code + Formats.ibanCheck(code, bban) + bban;
    if (r.nextInt(3) == 0) {
      return iban;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < iban.length(); i += 4) {
      sb.append(i == 0 ? "" : " ").append(iban, i, Math.min(iban.length(), i + 4));
    }
    return sb.toString();
  }

  /** A local bank account number of {@code code} (a country without IBAN). */
  static String localAccount(SplittableRandom r, String code) {
    return switch (code) {
      case "IN" -> Rand.between(r, 1, 9) + Rand.digits(r, Rand.between(r, 10, 15));
      case "MX" -> Rand.pick(r, new String[] {"012", "002", "014", "072"}) + Rand.digits(r, 15); // CLABE
      case "AR" -> Rand.pick(r, new String[] {"0070", "0110", "0150", "2850"}) + Rand.digits(r, 18); // CBU
      case "NG" -> Rand.digits(r, 10); // NUBAN
      case "CO" -> Rand.digits(r, 11);
      case "PH" -> Rand.digits(r, Rand.between(r, 10, 12));
      case "VN" -> Rand.digits(r, Rand.between(r, 9, 14));
      default -> Rand.digits(r, 12);
    };
  }
}
