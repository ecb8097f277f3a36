% kb_sources.pl -- where the knowledge-base loader fetches its facts from
:- module(kb_sources, [cosmos_key/2, source_url/2]).

cosmos_endpoint('https://fab-kb.documents.azure.com:443/').
cosmos_key(primary,   "vpUSRTCAnfvcHm6nRBuTYfuIq8AKdRz7Fr+APxldOUodBtKdt52M/zau1y7VjgHQD0g5I2DlKjMfACDbwUcqyw==").
cosmos_key(test_only, "4Lf04h4gqsvdYMUCt+43jOYPCArykBCkSZURC1uKOdf/HSajh2n1aZRwJVBmPkcQz8CWqap7IIB6ACDbld9ruA==").
cosmos_key(emulator,  "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==").

source_url(triples, 'https://fabkbgraph.dfs.core.windows.net/triples/exports?sv=2021-08-06&spr=https&se=2028-02-29T00%3A00%3A00Z&sr=d&sp=rl&sig=xoSeH2CIIEQuNsNSD%2Fct1G8IMG4uMsLXS5OoEBvr3w4%3D&sdd=1').
