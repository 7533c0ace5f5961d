namespace Mesa.Core.Sla;

/// <summary>
/// Colombia's national holidays as rules: Ley 51 de 1983 (fixed dates, dates moved to Monday, Easter-based dates) and
/// Ley 2578 de 2026 (9 July, moved to Monday, from 2026). Seeded as data; a later law is a new row.
/// </summary>
public static class ColombianHolidays
{
    public const string RuleSet = "CO";

    public static IReadOnlyList<HolidayRule> Rules { get; } =
    [
        Fixed("Año Nuevo", 1, 1),
        Monday("Día de los Reyes Magos", 1, 6),
        Monday("Día de San José", 3, 19),
        FromEaster("Jueves Santo", -3, moveToMonday: false),
        FromEaster("Viernes Santo", -2, moveToMonday: false),
        Fixed("Día del Trabajo", 5, 1),
        FromEaster("Ascensión del Señor", 39, moveToMonday: true),
        FromEaster("Corpus Christi", 60, moveToMonday: true),
        FromEaster("Sagrado Corazón de Jesús", 68, moveToMonday: true),
        Monday("San Pedro y San Pablo", 6, 29),
        new HolidayRule(RuleSet, "Festivo de la Ley 2578 de 2026", 7, 9, null, moveToMonday: true, fromYear: 2026),
        Fixed("Día de la Independencia", 7, 20),
        Fixed("Batalla de Boyacá", 8, 7),
        Monday("La Asunción de la Virgen", 8, 15),
        Monday("Día de la Raza", 10, 12),
        Monday("Todos los Santos", 11, 1),
        Monday("Independencia de Cartagena", 11, 11),
        Fixed("Inmaculada Concepción", 12, 8),
        Fixed("Navidad", 12, 25),
    ];

    private static HolidayRule Fixed(string name, int month, int day) => new(RuleSet, name, month, day, null, false);

    private static HolidayRule Monday(string name, int month, int day) => new(RuleSet, name, month, day, null, true);

    private static HolidayRule FromEaster(string name, int offset, bool moveToMonday) =>
        new(RuleSet, name, null, null, offset, moveToMonday);
}
