namespace Site.Benchmarks;

/// <summary>Words and names the generated articles are made of, in French and English, accents included.</summary>
internal static class Vocabulary
{
    public static readonly (string Key, string Fr, string En)[] Categories =
    [
        ("monde", "Monde", "World"), ("europe", "Europe", "Europe"), ("economie", "Économie", "Economy"),
        ("societe", "Société", "Society"), ("culture", "Culture", "Culture"), ("sciences", "Sciences", "Science"),
        ("sante", "Santé", "Health"), ("energie", "Énergie", "Energy"), ("defense", "Défense", "Defence"),
        ("climat", "Climat", "Climate"), ("sport", "Sport", "Sport"), ("idees", "Idées", "Ideas"),
    ];

    public static readonly string[] FrenchWords =
    [
        "le", "la", "les", "un", "une", "des", "gouvernement", "réforme", "élection", "président", "accord", "frontière",
        "économie", "marché", "inflation", "énergie", "sécurité", "négociation", "député", "ministre", "crise", "été",
        "hiver", "région", "capitale", "opposition", "manifestation", "budget", "dette", "croissance", "banque", "récolte",
        "député", "société", "culture", "théâtre", "musée", "université", "chercheur", "découverte", "santé", "hôpital",
        "et", "mais", "donc", "car", "avec", "sans", "pour", "contre", "après", "avant", "depuis", "selon", "vers",
        "annonce", "décide", "refuse", "propose", "prévoit", "affirme", "rappelle", "estime", "dénonce", "soutient",
    ];

    public static readonly string[] EnglishWords =
    [
        "the", "a", "government", "reform", "election", "president", "agreement", "border", "economy", "market",
        "inflation", "energy", "security", "talks", "lawmaker", "minister", "crisis", "summer", "winter", "region",
        "capital", "opposition", "protest", "budget", "debt", "growth", "bank", "harvest", "society", "culture",
        "theatre", "museum", "university", "researcher", "discovery", "health", "hospital", "and", "but", "so",
        "with", "without", "for", "against", "after", "before", "since", "according", "towards", "announces",
        "decides", "refuses", "proposes", "expects", "says", "recalls", "believes", "denounces", "supports",
    ];

    public static readonly string[] TagStems =
    [
        "Élection", "Réforme", "Énergie", "Sécurité", "Frontière", "Négociation", "Économie", "Santé", "Université",
        "Théâtre", "Musée", "Banque", "Dette", "Budget", "Récolte", "Climat", "Océan", "Forêt", "Armée", "Justice",
    ];

    public static readonly string[] Places =
    [
        "Paris", "Berlin", "Kyiv", "Tbilissi", "Erevan", "Bakou", "Ankara", "Istanbul", "Varsovie", "Vilnius",
        "Bruxelles", "Genève", "Dakar", "Bamako", "Alger", "Téhéran", "Almaty", "Tachkent", "Chișinău", "Sofia",
    ];
}
