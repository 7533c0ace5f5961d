namespace Mesa.Core.Catalog.Import;

/// <summary>The files an admin can import, in the order a new desk is set up.</summary>
public enum ImportKind
{
    /// <summary>servicios.csv: Servicio, Tipo de servicio, ANS, Activo.</summary>
    Services,

    /// <summary>categorias.csv: Servicio, Categoría (a whole path), ANS.</summary>
    Categories,

    /// <summary>localizaciones.csv: Localización (a whole path).</summary>
    Locations,

    /// <summary>grupos.csv: Grupo, Línea, Modo, Activo.</summary>
    Groups,

    /// <summary>miembros.csv: Grupo, Usuario, Rol.</summary>
    Members,

    /// <summary>reglas.csv: Regla, Grupo, Tipo, Tipo de servicio, Servicio, Categoría, Localización, Activo.</summary>
    Rules,
}
