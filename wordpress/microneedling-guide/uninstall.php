<?php
/**
 * Removes everything the plugin stored: its defaults on every site of a
 * multisite network, and the per-post notes about values it could not use.
 *
 * @package microneedling-guide
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

/** Deletes this site's option and post notes. */
function mng_uninstall_site() {
	delete_option( 'microneedling_guide_defaults' );
	delete_post_meta_by_key( '_mng_problems' );
}

if ( is_multisite() ) {
	foreach ( get_sites( array( 'fields' => 'ids', 'number' => 0 ) ) as $site_id ) {
		switch_to_blog( $site_id );
		mng_uninstall_site();
		restore_current_blog();
	}
} else {
	mng_uninstall_site();
}
