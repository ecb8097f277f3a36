<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_PASSWORD', 'wp-s3cr3t' );

define( 'MICROSOFT_AZURE_ACCOUNT_NAME', 'st2ban1thwjb' );
define( 'MICROSOFT_AZURE_ACCOUNT_KEY', 'JeKG4xFK8+bQCNETK9nufVlkMhG6b93fHoYwvjLQpfLETDFqfVUeuNnRR6XmdC+n+Dui9Z4BfQMJ2xqZjXF3ew==' );
define( 'MICROSOFT_AZURE_CONTAINER', 'wp-uploads' );

$backup_key = getenv('AZURE_STORAGE_KEY') ?: 'sCnzMFESwrZwUUwViDgng5dE/70J11KSVVDmxUjPhrSw9xQGbFES+2rKBkzBckfNuXBS6Z3kvQ14dnvWb95RrA==';

define( 'AUTH_KEY', 'put your unique phrase here' );
