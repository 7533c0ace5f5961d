namespace Mesa.Core.Knowledge;

/// <summary>
/// Guía §5 "Base de datos de conocimiento": articles are "accesibles tanto para usuarios (como herramienta de
/// autoayuda) como para agentes de servicio". A public article shows in the user portal; an internal one only to agents.
/// </summary>
public enum KnowledgeAudience
{
    Public,
    Internal,
}
