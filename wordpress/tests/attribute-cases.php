<?php
/**
 * Checks the plugin's copy of the widget's attribute rules against the table
 * the Rust core is checked against (tests/attribute_cases.rs), so the two
 * cannot drift apart. Run: php wordpress/tests/attribute-cases.php
 */
define( 'ABSPATH', __DIR__ );
function __( $text ) {
	return $text;
}
require __DIR__ . '/../microneedling-guide/includes/attributes.php';
$table = json_decode( file_get_contents( __DIR__ . '/attribute-cases.json' ), true );
$bad   = 0;
foreach ( $table['cases'] as list( $name, $value, $ok ) ) {
	list( , $got ) = mng_check( $name, $value );
	if ( $got !== $ok ) {
		$bad++;
		fwrite( STDERR, sprintf( "%s=%s: the widget %s it, the plugin %s it\n", $name, json_encode( $value, JSON_UNESCAPED_UNICODE ), $ok ? 'accepts' : 'refuses', $got ? 'accepts' : 'refuses' ) );
	}
}
$names = array_keys( mng_attributes() );
sort( $names );
$covered = array_unique( array_column( $table['cases'], 0 ) );
sort( $covered );
if ( $names !== $covered ) {
	$bad++;
	fwrite( STDERR, 'attributes without cases, or cases for unknown attributes: ' . implode( ', ', array_diff( $names, $covered ) + array_diff( $covered, $names ) ) . "\n" );
}
foreach ( mng_attributes() as $name => $def ) {
	$want = isset( $table['accepted'][ $name ] ) ? $table['accepted'][ $name ] : null;
	if ( $def[4] !== $want ) {
		$bad++;
		fwrite( STDERR, sprintf( "%s: the widget accepts %s, the plugin says %s\n", $name, json_encode( $want ), json_encode( $def[4] ) ) );
	}
}
printf( "attribute cases: %d checked, %d disagree\n", count( $table['cases'] ), $bad );
exit( $bad ? 1 : 0 );
