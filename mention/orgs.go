package mention

// orgNames are well-known organisations the KB does not hold as actors
// (the KB keeps states, international bodies and armed groups): large
// companies, news agencies and media, exchanges, sports bodies, NGOs and
// think tanks that world news names without a head word ("Boeing said",
// "Gazprom's exports"). A match is typed organization and not linked; a
// KB actor of the same name wins, and a given name before a one-word
// entry makes a person ("Gerald Ford"). Words that are also common
// English words (Shell is kept: it is capitalised as a name; "Target",
// "Total", "Orange", "Gap" are not listed) are left out, and so are names
// news mostly gives to a market index ("Dow Jones", "FTSE", "Nikkei").
var orgNames = []string{
	// technology and telecoms
	"Apple", "Apple Inc.", "Microsoft", "Google", "Alphabet", "Amazon.com", "Meta Platforms",
	"Facebook", "Instagram", "WhatsApp", "Twitter", "YouTube", "TikTok", "ByteDance", "Tencent",
	"Alibaba", "Baidu", "Huawei", "ZTE", "Xiaomi", "Lenovo", "Samsung", "LG Electronics", "Sony",
	"Panasonic", "Toshiba", "Hitachi", "Fujitsu", "NEC", "Nintendo", "Intel", "AMD", "Nvidia",
	"Qualcomm", "Broadcom", "TSMC", "Foxconn", "IBM", "Oracle", "SAP", "Cisco", "Dell", "HP",
	"Hewlett-Packard", "Motorola", "Nokia", "Ericsson", "Siemens", "Philips", "Vodafone",
	"Deutsche Telekom", "Telefonica", "Telefónica", "Verizon", "AT&T", "T-Mobile", "Comcast",
	"Netflix", "Spotify", "Uber", "Lyft", "Airbnb", "PayPal", "eBay", "Yahoo", "Yahoo!",
	"OpenAI", "Anthropic", "SpaceX", "Tesla", "Palantir", "Starlink", "Kaspersky", "Yandex",
	"Infosys", "Wipro", "Tata", "Reliance Industries", "MTN", "Safaricom", "Etisalat",
	// automobiles
	"Toyota", "Honda", "Nissan", "Mitsubishi", "Mazda", "Suzuki", "Subaru", "Hyundai", "Kia",
	"Volkswagen", "BMW", "Daimler", "Mercedes-Benz", "Audi", "Porsche", "Renault", "Peugeot",
	"Citroen", "Citroën", "Stellantis", "Fiat", "Chrysler", "General Motors", "GM", "Ford Motor",
	"Chevrolet", "Volvo", "Saab", "Jaguar Land Rover", "Geely", "BYD", "Tata Motors",
	// aerospace and defence
	"Boeing", "Airbus", "McDonnell Douglas", "Lockheed Martin", "Lockheed", "Northrop Grumman", "Raytheon", "RTX",
	"General Dynamics", "BAE Systems", "Thales", "Dassault", "Leonardo", "Rheinmetall",
	"Embraer", "Bombardier", "Rolls-Royce", "Pratt & Whitney", "General Electric", "Safran",
	"Rafael", "Elbit", "Elbit Systems", "Rosoboron", "Rosoboronexport", "Rostec", "Kalashnikov",
	"Sukhoi", "Mikoyan", "Tupolev", "Ilyushin", "Antonov", "Baykar", "Aselsan", "Norinco",
	// airlines
	"Lufthansa", "Aeroflot", "Ryanair", "easyJet", "Qantas", "KLM", "Air France", "Air India",
	"Air Canada", "Aer Lingus", "Etihad", "Qatar Airways", "Emirates Airline", "Turkish Airlines",
	"EgyptAir", "El Al", "Iberia", "Alitalia", "Finnair", "Cathay Pacific", "Singapore Airlines",
	"AirAsia", "Garuda", "Delta Air Lines", "United Airlines", "American Airlines", "JetBlue",
	"Southwest Airlines", "Virgin Atlantic", "Ukraine International Airlines",
	// energy and mining
	"ExxonMobil", "Exxon", "Chevron", "Shell", "Royal Dutch Shell", "BP", "TotalEnergies",
	"ConocoPhillips", "Eni", "Equinor", "Statoil", "Repsol", "Petrobras", "Pemex", "PDVSA",
	"Saudi Aramco", "Aramco", "ADNOC", "Gazprom", "Rosneft", "Lukoil", "Novatek", "Sinopec",
	"PetroChina", "CNPC", "CNOOC", "Petronas", "Sonatrach", "NIOC", "Naftogaz", "Rio Tinto",
	"BHP", "Glencore", "Vale", "Anglo American", "ArcelorMittal", "Rosatom", "Westinghouse",
	"EDF", "Areva", "Orano", "Halliburton", "Schlumberger", "Eletrobras", "Ecopetrol",
	// finance
	"Goldman Sachs", "JPMorgan", "JPMorgan Chase", "J.P. Morgan", "Morgan Stanley", "Citigroup",
	"Citibank", "Bank of America", "Wells Fargo", "BlackRock", "Vanguard", "HSBC", "Barclays",
	"Lloyds", "NatWest", "Standard Chartered", "Deutsche Bank", "Commerzbank", "UBS",
	"Credit Suisse", "BNP Paribas", "Societe Generale", "Société Générale", "Santander",
	"ING", "Rabobank", "UniCredit", "Intesa Sanpaolo", "Nomura", "Mizuho", "Sberbank",
	"VTB", "Gazprombank", "Alfa-Bank", "Lehman Brothers", "Bear Stearns", "Merrill Lynch",
	"AIG", "Allianz", "AXA", "Prudential", "Berkshire Hathaway", "Visa Inc.", "Mastercard",
	"American Express", "Moody's", "Fitch", "Fitch Ratings", "Standard & Poor's", "Standard and Poor's", "S&P",
	"Federal Reserve", "Federal Reserve Board",
	"Nasdaq", "NYSE", "Euronext", "Bloomberg", "Refinitiv",
	// retail, consumer, pharma
	"Walmart", "Wal-Mart", "Costco", "Carrefour", "Tesco", "Ikea", "IKEA", "Nestle", "Nestlé",
	"Unilever", "Procter & Gamble", "Coca-Cola", "PepsiCo", "McDonald's", "Starbucks", "Nike",
	"Adidas", "Zara", "Inditex", "H&M", "Pfizer", "Moderna", "BioNTech", "AstraZeneca",
	"Johnson & Johnson", "Novartis", "Roche", "Sanofi", "GlaxoSmithKline", "GSK", "Merck",
	"Bayer", "Sinovac", "Sinopharm", "Gamaleya", "Maersk", "Cosco", "MSC", "FedEx", "UPS",
	"DHL", "Disney", "Walt Disney", "Warner Bros.", "Time Warner", "Viacom", "Paramount",
	// pollsters and market researchers (their national arms are written
	// after them: "Gallup Pakistan", "Kantar India")
	"Gallup", "Ipsos", "Ipsos MORI", "Ipsos Mori", "Kantar", "Kantar Public", "YouGov", "Datafolha",
	"Ibope", "Realmeter", "Ifop", "Forsa", "Levada Center", "Levada-Center", "Infratest dimap",
	"Social Weather Stations", "Pulse Asia", "Afrobarometer", "Latinobarometro", "Latinobarómetro",
	// news agencies and media
	"Reuters", "Thomson Reuters", "Associated Press", "Agence France-Presse", "AFP", "AP",
	"UPI", "Xinhua", "TASS", "ITAR-TASS", "RIA Novosti", "Interfax", "Sputnik", "RT",
	"Anadolu", "Anadolu Agency", "IRNA", "Fars", "Tasnim", "ISNA", "Mehr", "SANA", "KCNA",
	"Yonhap", "Kyodo", "NHK", "Al Jazeera", "Al Arabiya", "Al-Manar", "CNN", "CNBC", "CBS",
	"NBC", "ABC News", "Fox News", "MSNBC", "NPR", "PBS", "Sky News", "ITV", "Channel 4",
	"Deutsche Welle", "France 24", "Euronews", "Haaretz", "The Jerusalem Post", "Jerusalem Post",
	"Times of Israel", "Ynet", "Yedioth Ahronoth", "Maariv", "Le Monde", "Le Figaro",
	"Der Spiegel", "Spiegel", "Die Zeit", "Bild", "El Pais", "El País", "La Repubblica",
	"Corriere della Sera", "The Guardian", "The Economist", "Financial Times", "New York Times",
	"The New York Times", "Washington Post", "The Washington Post", "Wall Street Journal",
	"The Wall Street Journal", "USA Today", "Los Angeles Times", "The Times", "The Telegraph",
	"Daily Telegraph", "Daily Mail", "The Independent", "Politico", "Axios", "Newsweek",
	"Time magazine", "Associated Press", "Kommersant", "Izvestia", "Pravda", "Novaya Gazeta",
	"Asharq Al-Awsat", "Al-Ahram", "Kayhan", "Press TV", "PressTV", "Dawn", "The Hindu",
	"Times of India", "Hindustan Times", "South China Morning Post", "Global Times",
	"People's Daily", "China Daily", "Asahi Shimbun", "Yomiuri Shimbun", "Mainichi",
	"Telesur", "TeleSUR", "teleSUR", "TV Globo", "O Globo", "Folha de S.Paulo", "Clarín", "Clarin",
	"CNN Turk", "CNN Türk", "CNN Indonesia", "CNN Brasil", "CNN Chile", "CNN Philippines",
	// numbered national television channels (Thailand's, Israel's, Russia's)
	"Channel 1", "Channel 2", "Channel 3", "Channel 5", "Channel 7", "Channel 9", "Channel 10",
	"Channel 11", "Channel 12", "Channel 13", "Channel 14", "Channel One",
	// exchanges named after their country
	"Bursa Malaysia", "Borsa Istanbul", "Bovespa",
	"Wikipedia", "Wikileaks", "WikiLeaks", "Wikinews",
	// sport
	"FIFA", "UEFA", "IOC", "International Olympic Committee", "NBA", "NFL", "NHL", "MLB",
	"NCAA", "NASCAR", "Formula One", "Premier League", "La Liga", "Bundesliga", "Serie A",
	"Real Madrid", "Barcelona FC", "FC Barcelona", "Manchester United", "Manchester City",
	"Liverpool FC", "Chelsea FC", "Arsenal FC", "Bayern Munich", "Juventus", "AC Milan",
	"Inter Milan", "Paris Saint-Germain", "Ajax", "Benfica", "Galatasaray", "Fenerbahce",
	// NGOs, think tanks, universities
	"Amnesty International", "Amnesty", "Oxfam", "Greenpeace", "Doctors Without Borders",
	"Medecins Sans Frontieres", "Médecins Sans Frontières", "MSF", "Save the Children",
	"Red Crescent", "Transparency International", "Reporters Without Borders",
	"Committee to Protect Journalists", "B'Tselem", "Peace Now", "Brookings Institution",
	"Brookings", "RAND Corporation", "Chatham House", "Carnegie Endowment", "SIPRI",
	"International Crisis Group", "Council on Foreign Relations", "Heritage Foundation",
	"Harvard", "Harvard University", "Yale", "Princeton", "Stanford", "MIT", "Oxford University",
	"Cambridge University", "Sorbonne", "Al-Azhar",
}
