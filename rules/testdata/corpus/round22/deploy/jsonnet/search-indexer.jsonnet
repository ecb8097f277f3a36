// Rendered into the search-indexer ConfigMap/Secret by tanka.
local docsSas = std.join('&', [
    'sv=2022-11-02',
    'spr=https',
    'se=2027-12-12T00%3A00%3A00Z',
    'sr=c',
    'sp=rl',
    'sig=lpZC8cH60fcSQPWwoZzCNctOzb58HHsK%2BrNo%2FYYrf%2F8%3D',
]);

{
  indexer: {
    dataSource: {
      type: 'azureblob',
      container: 'docs',
      connectionString: 'ContainerSharedAccessUri=https://wtsearchdocs3.blob.core.windows.net/docs?' + docsSas,
    },
    search: {
      endpoint: 'https://wt-search-prd.search.windows.net',
      apiKey: 'u+E/Z7+ticDMofOzdge22tf7lrd/gb9nmZsBs75PPfAzSeDEfEW0',
      queryKey: '76+9cktSI9pPTqBinrev7E8Q04R9HjJGU+P3Ukg5Y6AzSeChI4V4',
    },
    gateway: {
      url: 'https://wt-apim-prd.azure-api.net/search',
      headers: {
        'Ocp-Apim-Subscription-Key': 'K5Mp3ZxP2eTcir1VaG5jux+ui/DMUvIg2vcO0bXDQs7p2lMrqIhmhnvdvhsbzM7Hbc5MWnzebyubAPIM5vp2rQ==',
      },
    },
  },
}
