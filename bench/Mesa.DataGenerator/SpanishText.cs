namespace Mesa.DataGenerator;

/// <summary>The words of a Colombian public agency's help desk, to make generated tickets read like real ones.</summary>
public static class SpanishText
{
    private static readonly Dictionary<string, string[]> TitlesByRoot = new()
    {
        ["/Hardware"] =
        [
            "El equipo no enciende", "La impresora no imprime", "Pantalla azul al iniciar", "El teclado no responde",
            "Solicitud de cambio de mouse", "El portátil se recalienta", "Impresora atascada en el piso {0}",
            "No reconoce la diadema", "Solicitud de segundo monitor", "El escáner no digitaliza",
        ],
        ["/Redes"] =
        [
            "Sin conexión a internet", "La VPN no conecta", "Red lenta en la oficina {0}", "Solicitud de acceso VPN",
            "No hay red en la sala de juntas", "Wi-Fi de invitados no funciona", "Punto de red dañado en el piso {0}",
            "Solicitud de apertura de puerto", "Correo no sincroniza en el celular",
        ],
        ["/Sistemas de Información Misionales"] =
        [
            "Restablecer clave SIGEP", "Error al cargar hoja de vida en SIGEP", "Solicitud de usuario SUIT",
            "No permite radicar en SUIT", "Ajuste de trámite en SUIT", "Error al diligenciar FURAG",
            "Solicitud de rol en PROACTIVANET", "Inactivar usuario durante vacaciones", "Reporte no genera en FURAG",
            "Solicitud de certificado laboral", "Eliminación de registro duplicado",
        ],
    };

    private static readonly string[] Openings =
    [
        "Buenos días.", "Buenas tardes.", "Cordial saludo.", "De manera atenta,", "Saludos cordiales.", "Buen día,",
    ];

    private static readonly string[] Bodies =
    [
        "Desde esta mañana presento el inconveniente y no he podido trabajar con normalidad.",
        "Solicito su colaboración para revisar el caso, ya intenté reiniciar sin éxito.",
        "El mensaje de error aparece cada vez que intento ingresar a la aplicación.",
        "Requiero el servicio para cumplir con un reporte que vence esta semana.",
        "Adjunto la descripción del problema; quedo atento a sus indicaciones.",
        "Varios compañeros del área tienen el mismo problema.",
        "Me permito solicitar el acceso para el contratista que inició labores.",
    ];

    private static readonly string[] Notes =
    [
        "Se revisó la configuración del equipo.", "Se reinició el servicio afectado.", "Se verificó el cableado.",
        "Se actualizó el controlador.", "Se consultó con el proveedor.", "Se validó con el usuario por teléfono.",
        "Se escaló la consulta al administrador de la plataforma.", "Se revisaron los registros del servidor.",
    ];

    private static readonly string[] Solutions =
    [
        "Se reemplazó la pieza dañada y el equipo funciona.", "Se restableció la clave y el usuario ingresó.",
        "Se corrigió la configuración de red.", "Se creó el usuario con los permisos solicitados.",
        "Se liberó la cola de impresión.", "Se reinstaló la aplicación.", "Se ajustó el registro en la base de datos.",
    ];

    public static string Title(string categoryPath, Random random)
    {
        var root = TitlesByRoot.Keys.First(k => categoryPath.StartsWith(k, StringComparison.Ordinal));
        var titles = TitlesByRoot[root];
        return string.Format(System.Globalization.CultureInfo.InvariantCulture, titles[random.Next(titles.Length)], random.Next(1, 12));
    }

    public static string Description(Random random) =>
        $"{Openings[random.Next(Openings.Length)]} {Bodies[random.Next(Bodies.Length)]} {Bodies[random.Next(Bodies.Length)]}";

    public static string Note(Random random) => Notes[random.Next(Notes.Length)];

    public static string Solution(Random random) => Solutions[random.Next(Solutions.Length)];
}
