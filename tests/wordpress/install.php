<?php
/**
 * Installs WordPress without a browser (wp_install, as the installer page
 * does) and adds the users the tests sign in as. Passwords are fixed: this
 * site listens on 127.0.0.1 only and lives for one test run.
 */
define( 'WP_INSTALLING', true );
require __DIR__ . '/wp.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
$result = wp_install( 'Northside Skin Clinic (test)', 'admin', 'admin@clinic.invalid', false, '', 'admin-test-only' );
if ( is_wp_error( $result ) ) {
	fwrite( STDERR, $result->get_error_message() . "\n" );
	exit( 1 );
}
foreach ( array( 'author', 'contributor' ) as $role ) {
	$id = wp_insert_user(
		array(
			'user_login' => $role,
			'user_pass'  => $role . '-test-only',
			'user_email' => $role . '@clinic.invalid',
			'role'       => $role,
		)
	);
	if ( is_wp_error( $id ) ) {
		fwrite( STDERR, $id->get_error_message() . "\n" );
		exit( 1 );
	}
	// No welcome tour over the editor in the screenshots.
	update_user_meta( $id, 'wp_persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );
}
update_user_meta( 1, 'wp_persisted_preferences', array( 'core/edit-post' => array( 'welcomeGuide' => false ), '_modified' => gmdate( 'c' ) ) );
echo 'WordPress ' . get_bloginfo( 'version' ) . " installed, theme " . get_stylesheet() . "\n";
