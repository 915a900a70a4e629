namespace SalesGraph.GraphQL;

/// <summary>
/// Marks a graph type the engine's own machinery builds around data (connections, edges, page info, mutation payloads,
/// user errors): it carries no data of its own, so the field guard leaves its fields to the rules of the types they
/// lead to. Only machinery implements it; a business type named like one (<c>…Connection</c>) is still guarded.
/// </summary>
public interface IPlumbingGraphType;
