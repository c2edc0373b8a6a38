package io.ringwatch.synth;

import java.util.List;

/** Word lists the synthetic company is drawn from. */
final class Vocab {
  private Vocab() {}

  // ---- people -------------------------------------------------------------------------------

  static final String[] MALE = {"James", "Michael", "Robert", "John", "David", "William",
      "Richard", "Joseph", "Thomas", "Christopher", "Charles", "Daniel", "Matthew", "Anthony",
      "Mark", "Donald", "Steven", "Andrew", "Paul", "Joshua", "Kenneth", "Kevin", "Brian",
      "Timothy", "Ronald", "George", "Jason", "Edward", "Jeffrey", "Ryan", "Jacob", "Nicholas",
      "Gary", "Eric", "Jonathan", "Stephen", "Larry", "Justin", "Scott", "Brandon", "Benjamin",
      "Samuel", "Gregory", "Alexander", "Patrick", "Frank", "Raymond", "Jack", "Dennis", "Jerry",
      "Tyler", "Aaron", "Jose", "Adam", "Nathan", "Henry", "Zachary", "Douglas", "Peter", "Kyle",
      "Noah", "Ethan", "Jeremy", "Christian", "Walter", "Keith", "Austin", "Roger", "Terry",
      "Sean", "Gerald", "Carl", "Dylan", "Harold", "Jordan", "Jesse", "Bryan", "Lawrence",
      "Arthur", "Gabriel", "Bruce", "Logan", "Billy", "Joe", "Alan", "Juan", "Elijah", "Willie",
      "Albert", "Wayne", "Randy", "Mason", "Vincent", "Liam", "Roy", "Bobby", "Caleb", "Bradley",
      "Russell", "Lucas", "Carlos", "Luis", "Miguel", "Wei", "Raj", "Vikram", "Minh", "Omar",
      "Darnell", "Malik", "Andre", "Marcus", "Hector"};
  static final String[] FEMALE = {"Mary", "Patricia", "Jennifer", "Linda", "Elizabeth",
      "Barbara", "Susan", "Jessica", "Karen", "Sarah", "Lisa", "Nancy", "Sandra", "Betty",
      "Ashley", "Emily", "Kimberly", "Margaret", "Donna", "Michelle", "Carol", "Amanda",
      "Melissa", "Deborah", "Stephanie", "Rebecca", "Sharon", "Laura", "Cynthia", "Dorothy",
      "Amy", "Kathleen", "Angela", "Shirley", "Emma", "Brenda", "Pamela", "Nicole", "Anna",
      "Samantha", "Katherine", "Christine", "Debra", "Rachel", "Carolyn", "Janet", "Maria",
      "Olivia", "Heather", "Helen", "Catherine", "Diane", "Julie", "Victoria", "Joyce", "Lauren",
      "Kelly", "Christina", "Ruth", "Joan", "Virginia", "Judith", "Evelyn", "Hannah", "Andrea",
      "Megan", "Cheryl", "Jacqueline", "Madison", "Teresa", "Abigail", "Sophia", "Martha", "Sara",
      "Gloria", "Janice", "Kathryn", "Ann", "Isabella", "Judy", "Charlotte", "Julia", "Grace",
      "Amber", "Alice", "Jean", "Denise", "Frances", "Danielle", "Marilyn", "Natalie", "Beverly",
      "Diana", "Brittany", "Theresa", "Kayla", "Alexis", "Doris", "Lori", "Tiffany", "Ana",
      "Sofia", "Priya", "Mei", "Lin", "Aisha", "Keisha", "Guadalupe", "Rosa", "Fatima"};
  static final String[] SURNAMES = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia",
      "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Gonzalez", "Wilson",
      "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Perez", "Thompson",
      "White", "Harris", "Sanchez", "Clark", "Ramirez", "Lewis", "Robinson", "Walker", "Young",
      "Allen", "King", "Wright", "Scott", "Torres", "Nguyen", "Hill", "Flores", "Green", "Adams",
      "Nelson", "Baker", "Hall", "Rivera", "Campbell", "Mitchell", "Carter", "Roberts", "Gomez",
      "Phillips", "Evans", "Turner", "Diaz", "Parker", "Cruz", "Edwards", "Collins", "Reyes",
      "Stewart", "Morris", "Morales", "Murphy", "Cook", "Rogers", "Gutierrez", "Ortiz", "Morgan",
      "Cooper", "Peterson", "Bailey", "Reed", "Kelly", "Howard", "Ramos", "Cox", "Ward",
      "Richardson", "Watson", "Brooks", "Chavez", "Wood", "James", "Bennett", "Gray", "Mendoza",
      "Ruiz", "Hughes", "Price", "Alvarez", "Castillo", "Sanders", "Patel", "Myers", "Long",
      "Ross", "Foster", "Jimenez", "Powell", "Jenkins", "Perry", "Russell", "Sullivan", "Bell",
      "Coleman", "Butler", "Henderson", "Barnes", "Gonzales", "Fisher", "Vasquez", "Simmons",
      "Romero", "Jordan", "Patterson", "Alexander", "Hamilton", "Graham", "Reynolds", "Griffin",
      "Wallace", "Moreno", "West", "Cole", "Hayes", "Bryant", "Herrera", "Gibson", "Ellis",
      "Tran", "Medina", "Aguilar", "Stevens", "Murray", "Ford", "Castro", "Marshall", "Owens",
      "Harrison", "Fernandez", "Mcdonald", "Woods", "Washington", "Kennedy", "Wells", "Vargas",
      "Henry", "Chen", "Freeman", "Webb", "Tucker", "Guzman", "Burns", "Crawford", "Olson",
      "Simpson", "Porter", "Hunter", "Gordon", "Mendez", "Silva", "Shaw", "Snyder", "Mason",
      "Dixon", "Munoz", "Hunt", "Hicks", "Holmes", "Palmer", "Wagner", "Black", "Robertson",
      "Boyd", "Rose", "Stone", "Salazar", "Fox", "Warren", "Mills", "Meyer", "Rice", "Schmidt",
      "Garza", "Daniels", "Ferguson", "Nichols", "Stephens", "Soto", "Weaver", "Ryan", "Gardner",
      "Payne", "Grant", "Dunn", "Kelley", "Spencer", "Hawkins", "Arnold", "Pierce", "Vazquez",
      "Hansen", "Peters", "Santos", "Hart", "Bradley", "Knight", "Elliott", "Cunningham",
      "Duncan", "Armstrong", "Hudson", "Carroll", "Lane", "Riley", "Andrews", "Alvarado", "Ray",
      "Delgado", "Berry", "Perkins", "Hoffman", "Johnston", "Matthews", "Pena", "Richards",
      "Wang", "Singh", "Shah", "Le", "Huang", "Zhang", "Liu", "Kumar", "Nakamura", "Wong"};

  /** Korean-American names: anglicised or Korean given names, common Korean surnames. */
  static final String[] KOREAN_SURNAMES = {"Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho",
      "Yoon", "Jang", "Lim", "Han", "Oh", "Seo", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo",
      "Hong", "Chung", "Moon", "Baek", "Yang"};
  static final String[] KOREAN_GIVEN = {"Daniel", "Grace", "David", "Esther", "John", "Sarah",
      "Joseph", "Hannah", "Paul", "Christine", "Andrew", "Eunice", "Ji-hoon", "Min-jun",
      "Seo-yeon", "Ji-woo", "Hyun-woo", "Eun-ji", "Soo-jin", "Jae-won", "Yuna", "Minseo",
      "Sung-min", "Hye-jin", "Young", "Jin", "Sang", "Kyung"};

  /** Names common enough that two unrelated workers share them. */
  static final String[][] COMMON_NAMES = {{"Michael", "Smith"}, {"Maria", "Garcia"},
      {"James", "Johnson"}, {"David", "Brown"}, {"Jennifer", "Williams"}, {"Robert", "Jones"},
      {"Maria", "Rodriguez"}, {"John", "Miller"}, {"Jose", "Hernandez"}, {"Sarah", "Davis"}};

  static final String[] EMAIL_DOMAINS = {"gmail.com", "gmail.com", "gmail.com", "gmail.com",
      "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com", "protonmail.com",
      "comcast.net"};
  static final String COMPANY_DOMAIN = "corp.example.com";

  // ---- places -------------------------------------------------------------------------------

  /** A metro area: city, state, ZIP prefix (3 digits), area codes, IANA zone. */
  record City(String city, String region, String zip3, String[] areaCodes, String zone,
      String country) {}

  static final List<City> US_CITIES = List.of(
      new City("New York", "NY", "100", new String[] {"212", "917", "646"}, "America/New_York", "US"),
      new City("Brooklyn", "NY", "112", new String[] {"718", "347"}, "America/New_York", "US"),
      new City("Boston", "MA", "021", new String[] {"617", "857"}, "America/New_York", "US"),
      new City("Philadelphia", "PA", "191", new String[] {"215", "267"}, "America/New_York", "US"),
      new City("Pittsburgh", "PA", "152", new String[] {"412"}, "America/New_York", "US"),
      new City("Baltimore", "MD", "212", new String[] {"410", "443"}, "America/New_York", "US"),
      new City("Washington", "DC", "200", new String[] {"202"}, "America/New_York", "US"),
      new City("Arlington", "VA", "222", new String[] {"703", "571"}, "America/New_York", "US"),
      new City("Raleigh", "NC", "276", new String[] {"919", "984"}, "America/New_York", "US"),
      new City("Charlotte", "NC", "282", new String[] {"704", "980"}, "America/New_York", "US"),
      new City("Atlanta", "GA", "303", new String[] {"404", "678", "470"}, "America/New_York", "US"),
      new City("Miami", "FL", "331", new String[] {"305", "786"}, "America/New_York", "US"),
      new City("Tampa", "FL", "336", new String[] {"813"}, "America/New_York", "US"),
      new City("Orlando", "FL", "328", new String[] {"407", "321"}, "America/New_York", "US"),
      new City("Columbus", "OH", "432", new String[] {"614"}, "America/New_York", "US"),
      new City("Cleveland", "OH", "441", new String[] {"216"}, "America/New_York", "US"),
      new City("Detroit", "MI", "482", new String[] {"313"}, "America/Detroit", "US"),
      new City("Chicago", "IL", "606", new String[] {"312", "773", "872"}, "America/Chicago", "US"),
      new City("Minneapolis", "MN", "554", new String[] {"612"}, "America/Chicago", "US"),
      new City("St. Louis", "MO", "631", new String[] {"314"}, "America/Chicago", "US"),
      new City("Kansas City", "MO", "641", new String[] {"816"}, "America/Chicago", "US"),
      new City("Nashville", "TN", "372", new String[] {"615", "629"}, "America/Chicago", "US"),
      new City("Dallas", "TX", "752", new String[] {"214", "972", "469"}, "America/Chicago", "US"),
      new City("Houston", "TX", "770", new String[] {"713", "832", "281"}, "America/Chicago", "US"),
      new City("Austin", "TX", "787", new String[] {"512", "737"}, "America/Chicago", "US"),
      new City("San Antonio", "TX", "782", new String[] {"210"}, "America/Chicago", "US"),
      new City("Denver", "CO", "802", new String[] {"303", "720"}, "America/Denver", "US"),
      new City("Salt Lake City", "UT", "841", new String[] {"801", "385"}, "America/Denver", "US"),
      new City("Phoenix", "AZ", "850", new String[] {"602", "480"}, "America/Phoenix", "US"),
      new City("Las Vegas", "NV", "891", new String[] {"702", "725"}, "America/Los_Angeles", "US"),
      new City("Los Angeles", "CA", "900", new String[] {"213", "310", "323"}, "America/Los_Angeles", "US"),
      new City("San Diego", "CA", "921", new String[] {"619", "858"}, "America/Los_Angeles", "US"),
      new City("San Francisco", "CA", "941", new String[] {"415", "628"}, "America/Los_Angeles", "US"),
      new City("San Jose", "CA", "951", new String[] {"408", "669"}, "America/Los_Angeles", "US"),
      new City("Seattle", "WA", "981", new String[] {"206"}, "America/Los_Angeles", "US"),
      new City("Portland", "OR", "972", new String[] {"503", "971"}, "America/Los_Angeles", "US"));

  /** Cities of legitimate contractors abroad; zip3 is a postal prefix the generator completes. */
  static final List<City> ABROAD = List.of(
      new City("Toronto", "ON", "M5V", new String[] {"416", "647"}, "America/Toronto", "CA"),
      new City("Vancouver", "BC", "V6B", new String[] {"604", "778"}, "America/Vancouver", "CA"),
      new City("London", "", "SW1", new String[] {"20"}, "Europe/London", "GB"),
      new City("Manchester", "", "M1", new String[] {"161"}, "Europe/London", "GB"),
      new City("Berlin", "BE", "101", new String[] {"30"}, "Europe/Berlin", "DE"),
      new City("Munich", "BY", "803", new String[] {"89"}, "Europe/Berlin", "DE"),
      new City("Ciudad de Mexico", "CDMX", "066", new String[] {"55"}, "America/Mexico_City", "MX"),
      new City("Guadalajara", "JAL", "446", new String[] {"33"}, "America/Mexico_City", "MX"),
      new City("Makati", "NCR", "122", new String[] {"2"}, "Asia/Manila", "PH"),
      new City("Cebu City", "CEB", "600", new String[] {"32"}, "Asia/Manila", "PH"));

  /** Where benign travellers go: country, IANA zone. */
  static final String[][] TRIPS = {{"GB", "Europe/London"}, {"DE", "Europe/Berlin"},
      {"MX", "America/Mexico_City"}, {"JP", "Asia/Tokyo"}, {"CA", "America/Toronto"}};

  static final String[] STREETS = {"Maple", "Oak", "Pine", "Cedar", "Elm", "Washington",
      "Lake", "Hill", "Park", "Main", "Sunset", "Lincoln", "Jefferson", "Highland", "Ridge",
      "Church", "Willow", "Walnut", "Chestnut", "Spring", "Meadow", "River", "Forest", "Valley",
      "Madison", "Franklin", "Jackson", "Adams", "Cherry", "Birch", "Lakeview", "Hillcrest",
      "Magnolia", "Dogwood", "Sycamore", "Prospect", "Center", "Mill", "Summit", "Broad",
      "Orchard", "Fairview", "Greenwood", "Woodland", "Harbor", "Cypress", "Aspen", "Juniper"};

  /** Street suffix spellings: canonical, then variants real exports use. */
  static final String[][] SUFFIXES = {{"Street", "St.", "St", "ST", "street"},
      {"Avenue", "Ave", "Ave.", "AVE", "Av"}, {"Road", "Rd", "Rd.", "RD"},
      {"Drive", "Dr", "Dr.", "DR"}, {"Lane", "Ln", "LN"}, {"Court", "Ct", "Ct."},
      {"Boulevard", "Blvd", "Blvd."}, {"Place", "Pl", "Pl."}, {"Way", "Way", "WAY"},
      {"Circle", "Cir", "Cir."}};
  static final String[][] UNITS = {{"Apartment", "Apt", "Apt.", "#", "APT", "Unit"},
      {"Suite", "Ste", "Ste.", "#", "STE"}};

  /** Offices of the company: name, street line, city index into US_CITIES, ZIP. */
  record Office(String name, String line1, String city, String region, String zip, String zone) {}

  static final List<Office> OFFICES = List.of(
      new Office("HQ", "500 Market Street, Suite 1200", "San Francisco", "CA", "94105", "America/Los_Angeles"),
      new Office("NYC", "230 Park Avenue, Suite 700", "New York", "NY", "10003", "America/New_York"),
      new Office("AUS", "1100 Congress Avenue, Suite 400", "Austin", "TX", "78701", "America/Chicago"));

  // ---- work ---------------------------------------------------------------------------------

  record Dept(String name, double weight, int salaryLo, int salaryHi, String[] titles,
      boolean technical) {}

  static final List<Dept> DEPARTMENTS = List.of(
      new Dept("Engineering", 30, 110_000, 210_000, new String[] {"Software Engineer",
          "Senior Software Engineer", "Staff Software Engineer", "Frontend Developer",
          "Backend Developer", "Full Stack Developer", "DevOps Engineer",
          "Site Reliability Engineer", "QA Engineer", "Mobile Developer", "Engineering Manager"},
          true),
      new Dept("Data", 6, 105_000, 190_000, new String[] {"Data Engineer", "Data Scientist",
          "Data Analyst", "Machine Learning Engineer"}, true),
      new Dept("IT", 6, 55_000, 140_000, new String[] {"IT Support Specialist",
          "Help Desk Technician", "Desktop Support Technician", "Systems Administrator",
          "Network Engineer", "IT Manager"}, true),
      new Dept("Security", 3, 95_000, 180_000, new String[] {"Security Analyst", "SOC Analyst",
          "Security Engineer"}, true),
      new Dept("Operations", 5, 60_000, 130_000, new String[] {"NOC Technician",
          "Operations Analyst", "Operations Manager"}, false),
      new Dept("Sales", 12, 60_000, 160_000, new String[] {"Account Executive",
          "Sales Development Representative", "Sales Manager", "Solutions Consultant"}, false),
      new Dept("Marketing", 6, 65_000, 150_000, new String[] {"Marketing Manager",
          "Content Strategist", "Graphic Designer", "Marketing Coordinator"}, false),
      new Dept("Finance", 6, 65_000, 170_000, new String[] {"Accountant", "Financial Analyst",
          "Payroll Specialist", "Controller"}, false),
      new Dept("People", 4, 60_000, 150_000, new String[] {"HR Generalist", "Recruiter",
          "HR Manager"}, false),
      new Dept("Customer Support", 12, 45_000, 95_000, new String[] {
          "Customer Support Specialist", "Support Team Lead", "Technical Support Engineer"},
          false),
      new Dept("Product", 6, 110_000, 200_000, new String[] {"Product Manager", "UX Designer",
          "Product Designer"}, true),
      new Dept("Legal", 2, 90_000, 220_000, new String[] {"Counsel", "Paralegal"}, false));

  /** Titles whose holders legitimately run remote-support tools. */
  static final List<String> HELPDESK_TITLES = List.of("IT Support Specialist",
      "Help Desk Technician", "Desktop Support Technician", "Systems Administrator");
  /** Titles with a night rota. */
  static final List<String> NIGHT_TITLES = List.of("NOC Technician", "SOC Analyst",
      "Customer Support Specialist", "Technical Support Engineer");
  /** Titles fraudulent applicants are hired into. */
  static final String[] FRAUD_TITLES = {"Software Engineer", "Senior Software Engineer",
      "Full Stack Developer", "Backend Developer", "Frontend Developer", "Mobile Developer",
      "DevOps Engineer", "Data Engineer"};

  /** Staffing agencies (invented names). */
  static final String[] VENDORS = {"Brightpath Staffing LLC", "Keystone Technical Resources Inc",
      "Northgate Consulting Group", "Summit IT Partners LLC", "BlueRiver Talent Solutions",
      "Clearwater Contract Services Inc"};

  /**
   * Spelling variants of DPRK IT-worker front companies on the SDN list: YANBIAN SILVERSTAR
   * NETWORK TECHNOLOGY CO., LTD. (ent 24977, a.k.a. YANJI SILVER STAR NETWORK TECHNOLOGY CO.
   * LTD.), VOLASYS SILVER STAR (ent 24978), CHINYONG INFORMATION TECHNOLOGY COOPERATION COMPANY
   * (ent 43379, a.k.a. JINYONG IT COOPERATION COMPANY).
   */
  static final String[] SANCTIONED_VENDOR_VARIANTS = {"Yanbian Silverstar Network Technology Co Ltd",
      "Yanbian Silver Star Network Tech. Co., Ltd.", "Volasys Silver Star",
      "VOLASYS SILVERSTAR LLC", "Chinyong IT Cooperation Company", "Jinyong IT Cooperation Co."};

  // ---- devices ------------------------------------------------------------------------------

  /** Laptop models: name, serial style (D = Dell 7-char tag, A = Apple 10, L = Lenovo 8, H = HP 10), mac OS. */
  record Model(String name, char serialStyle, boolean mac) {}

  static final List<Model> MODELS = List.of(
      new Model("Dell Latitude 7440", 'D', false), new Model("Dell Latitude 5540", 'D', false),
      new Model("Dell XPS 15 9530", 'D', false),
      new Model("Apple MacBook Pro 14-inch (M3 Pro)", 'A', true),
      new Model("Apple MacBook Pro 16-inch (M3 Max)", 'A', true),
      new Model("Apple MacBook Air 13-inch (M2)", 'A', true),
      new Model("Lenovo ThinkPad T14 Gen 4", 'L', false),
      new Model("Lenovo ThinkPad X1 Carbon Gen 11", 'L', false),
      new Model("HP EliteBook 840 G10", 'H', false));

  /** NIC vendor prefixes (Intel, Apple, Realtek, Dell, Lenovo blocks). */
  static final String[] OUIS = {"3C:A9:F4", "8C:8D:28", "F0:18:98", "A4:83:E7", "00:E0:4C",
      "D4:81:D7", "98:FA:9B", "F8:75:A4", "48:2A:E3", "BC:D0:74"};

  static final String[] PROCESSES_WIN = {"chrome.exe", "msedge.exe", "ms-teams.exe", "slack.exe",
      "OUTLOOK.EXE", "WINWORD.EXE", "EXCEL.EXE", "POWERPNT.EXE", "Zoom.exe", "OneDrive.exe",
      "explorer.exe", "Code.exe", "git.exe", "node.exe", "python.exe", "idea64.exe",
      "docker.exe", "powershell.exe", "WindowsTerminal.exe", "firefox.exe", "notepad.exe",
      "Acrobat.exe", "1Password.exe"};
  static final String[] PROCESSES_MAC = {"Google Chrome", "Safari", "Microsoft Teams", "Slack",
      "Microsoft Outlook", "Microsoft Word", "Microsoft Excel", "zoom.us", "Finder", "Code",
      "git", "node", "python3", "IntelliJ IDEA", "Docker Desktop", "Terminal", "iTerm2",
      "Firefox", "Preview", "1Password"};
  static final String[] DEV_PROCESSES_WIN = {"Code.exe", "git.exe", "node.exe", "python.exe",
      "idea64.exe", "docker.exe", "WindowsTerminal.exe"};
  /** Remote-support tools the IT helpdesk legitimately runs. */
  static final String[] HELPDESK_TOOLS_WIN = {"TeamViewer.exe", "AnyDesk.exe"};
  static final String[] HELPDESK_TOOLS_MAC = {"TeamViewer", "AnyDesk"};
  /** Remote-control tools seen on DPRK IT workers' laptops (Mandiant UNC5267, Microsoft). */
  static final String[] REMOTE_TOOLS_WIN = {"AnyDesk.exe", "TeamViewer.exe", "rustdesk.exe",
      "remoting_host.exe", "g2ax_host.exe", "LogMeIn.exe"};
  static final String[] REMOTE_TOOLS_MAC = {"AnyDesk", "TeamViewer", "RustDesk",
      "remoting_host", "GoTo", "LogMeIn"};

  /** An ordinary USB peripheral: vendor id, product id, product name. */
  record Usb(String vid, String pid, String name) {}

  static final List<Usb> USB_NORMAL = List.of(
      new Usb("046d", "c52b", "Logitech Unifying Receiver"),
      new Usb("046d", "c534", "Logitech Nano Receiver"),
      new Usb("046d", "c548", "Logi Bolt Receiver"),
      new Usb("046d", "0825", "Logitech Webcam C270"),
      new Usb("046d", "085e", "Logitech BRIO"),
      new Usb("045e", "07b2", "Microsoft 2.4GHz Transceiver v8.0"),
      new Usb("413c", "2113", "Dell KB216 Wired Keyboard"),
      new Usb("0b0e", "245e", "Jabra Link 370"),
      new Usb("047f", "c056", "Plantronics Blackwire 3220 Series"),
      new Usb("0bda", "8153", "Realtek USB 10/100/1000 LAN"),
      new Usb("0781", "5581", "SanDisk Ultra"),
      new Usb("05ac", "024f", "Apple Magic Keyboard"));

  /**
   * IP-KVM devices: PiKVM, TinyPilot and JetKVM present to the host as the Linux USB gadget
   * 1d6b:0104 "Multifunction Composite Gadget", often with their product name as the string.
   */
  static final List<Usb> USB_IP_KVM = List.of(
      new Usb("1d6b", "0104", "Multifunction Composite Gadget"),
      new Usb("1d6b", "0104", "PiKVM Composite Device"),
      new Usb("1d6b", "0104", "TinyPilot"),
      new Usb("1d6b", "0104", "JetKVM USB Emulation Device"),
      new Usb("1d6b", "0104", "GL.iNet Comet KVM"));

  static final String[] UA_WIN = {
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:132.0) Gecko/20100101 Firefox/132.0"};
  static final String[] UA_MAC = {
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36"};
  static final String[] UA_MOBILE = {
      "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36"};
  static final String VPN_CLIENT_CORP = "";
  static final String[] ASTRILL_NAMES = {"Astrill VPN", "astrill", "AstrillVPN"};

  /** Well-known routing number prefixes (Federal Reserve district + office) of big US banks. */
  static final String[] ROUTING_PREFIXES = {"0210", "0260", "0110", "0310", "0440", "0530",
      "0610", "0710", "0720", "0810", "0910", "1010", "1110", "1210", "1220", "3222", "2560",
      "2740", "3110", "3250"};
}
