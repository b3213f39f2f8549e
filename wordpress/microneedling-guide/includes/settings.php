<?php
/**
 * Settings > Microneedling guide: site-wide defaults that every shortcode and
 * block without its own value inherits; and notices about values the guide
 * cannot use. On a multisite each site keeps its own defaults.
 *
 * @package microneedling-guide
 */

defined( 'ABSPATH' ) || exit;

/** Registers the option with its check. */
function mng_register_setting() {
	register_setting(
		'microneedling_guide',
		MNG_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'mng_sanitize_defaults',
			'default'           => array(),
			'show_in_rest'      => false,
		)
	);
}
add_action( 'admin_init', 'mng_register_setting' );

/**
 * Keeps only values the widget accepts; each refused one gets a notice on the
 * settings page and is left out, so the widget's default applies.
 */
function mng_sanitize_defaults( $input ) {
	$input = is_array( $input ) ? $input : array();
	$out   = array();
	foreach ( mng_attributes() as $name => $def ) {
		$raw = isset( $input[ $name ] ) ? wp_unslash( (string) $input[ $name ] ) : '';
		if ( 'bool' === $def[3] ) {
			if ( '1' === $raw ) {
				$out[ $name ] = 'true';
			}
			continue;
		}
		if ( '' === mng_trim( $raw ) ) {
			continue;
		}
		list( $value, $ok ) = mng_check( $name, $raw );
		// WordPress runs this twice when the option is first added: one notice.
		$known = wp_list_pluck( get_settings_errors( MNG_OPTION ), 'code' );
		if ( ! $ok && ! in_array( 'mng-' . $name, $known, true ) ) {
			add_settings_error(
				MNG_OPTION,
				'mng-' . $name,
				sprintf(
					/* translators: 1: field label, 2: the value given, 3: accepted values, 4: the default used */
					__( '%1$s: "%2$s" cannot be used (accepted: %3$s); %4$s.', 'microneedling-guide' ),
					$def[2],
					$raw,
					$def[4],
					mng_instead( $name )
				)
			);
		}
		if ( null !== $value ) {
			$out[ $name ] = $value;
		}
	}
	return $out;
}

/** The settings page in the Settings menu. */
function mng_settings_menu() {
	add_options_page(
		__( 'Microneedling guide', 'microneedling-guide' ),
		__( 'Microneedling guide', 'microneedling-guide' ),
		'manage_options',
		'microneedling-guide',
		'mng_settings_page'
	);
}
add_action( 'admin_menu', 'mng_settings_menu' );

/** Prints the settings form. */
function mng_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	$saved   = mng_defaults();
	$choices = array(
		'lang'  => array( '' => __( "The visitor's browser language", 'microneedling-guide' ), 'en' => 'English', 'es' => 'Español' ),
		'mode'  => array( '' => __( 'On a page (embed)', 'microneedling-guide' ), 'standalone' => __( 'As a page of its own (standalone)', 'microneedling-guide' ), 'kiosk' => __( 'On a waiting-room screen (kiosk)', 'microneedling-guide' ) ),
		'start' => array( '' => __( 'Welcome', 'microneedling-guide' ), 'quiz' => __( 'The quiz', 'microneedling-guide' ), 'how-it-works' => __( 'How it works', 'microneedling-guide' ) ),
	);
	echo '<div class="wrap"><h1>' . esc_html__( 'Microneedling guide', 'microneedling-guide' ) . '</h1>';
	echo '<p>' . esc_html__( 'Defaults for every guide on this site. A block or shortcode with its own value uses that instead. Leave a field empty to use the guide\'s own default.', 'microneedling-guide' ) . '</p>';
	printf(
		'<p><a href="%s">%s</a></p>',
		esc_url( plugins_url( 'guide/configure.html', dirname( __DIR__ ) . '/microneedling-guide.php' ) ),
		esc_html__( 'Open the configurator: try colours with a live preview and make your own wording file.', 'microneedling-guide' )
	);
	// Settings pages print their own settings errors (options-head.php).
	echo '<form method="post" action="options.php">';
	settings_fields( 'microneedling_guide' );
	echo '<table class="form-table" role="presentation"><tbody>';
	foreach ( mng_attributes() as $name => $def ) {
		$id    = 'mng-' . $name;
		$field = MNG_OPTION . '[' . $name . ']';
		$value = isset( $saved[ $name ] ) ? $saved[ $name ] : '';
		echo '<tr><th scope="row"><label for="' . esc_attr( $id ) . '">' . esc_html( $def[2] ) . '</label></th><td>';
		if ( isset( $choices[ $name ] ) ) {
			echo '<select id="' . esc_attr( $id ) . '" name="' . esc_attr( $field ) . '">';
			foreach ( $choices[ $name ] as $v => $label ) {
				printf( '<option value="%s"%s>%s</option>', esc_attr( $v ), selected( $value, $v, false ), esc_html( $label ) );
			}
			echo '</select>';
		} elseif ( 'bool' === $def[3] ) {
			printf( '<input type="checkbox" id="%s" name="%s" value="1"%s>', esc_attr( $id ), esc_attr( $field ), checked( '' !== $value, true, false ) );
		} else {
			printf( '<input type="text" class="regular-text" id="%s" name="%s" value="%s" aria-describedby="%s-help">', esc_attr( $id ), esc_attr( $field ), esc_attr( $value ), esc_attr( $id ) );
			/* translators: %s: accepted values */
			printf( '<p class="description" id="%s-help">%s</p>', esc_attr( $id ), esc_html( sprintf( __( 'Accepted: %s.', 'microneedling-guide' ), $def[4] ) ) );
		}
		echo '</td></tr>';
	}
	echo '</tbody></table>';
	submit_button();
	echo '</form></div>';
}

/** A "Settings" link beside the plugin on the Plugins screen. */
function mng_action_links( $links ) {
	$links[] = '<a href="' . esc_url( admin_url( 'options-general.php?page=microneedling-guide' ) ) . '">' . esc_html__( 'Settings', 'microneedling-guide' ) . '</a>';
	return $links;
}
add_filter( 'plugin_action_links_' . plugin_basename( dirname( __DIR__ ) . '/microneedling-guide.php' ), 'mng_action_links' );

/** Every guide's raw values in `$content`, from shortcodes and blocks. */
function mng_guides_in( $content ) {
	$found = array();
	if ( has_shortcode( $content, 'microneedling_guide' ) && preg_match_all( '/' . get_shortcode_regex( array( 'microneedling_guide' ) ) . '/', $content, $m, PREG_SET_ORDER ) ) {
		foreach ( $m as $one ) {
			$atts  = shortcode_parse_atts( $one[3] );
			$given = array();
			foreach ( mng_attributes() as $name => $def ) {
				foreach ( array( $def[0], $name ) as $key ) {
					if ( is_array( $atts ) && isset( $atts[ $key ] ) ) {
						$given[ $name ] = html_entity_decode( (string) $atts[ $key ], ENT_QUOTES | ENT_HTML5, 'UTF-8' );
					}
				}
			}
			$found[] = $given;
		}
	}
	$walk = function ( $blocks ) use ( &$walk, &$found ) {
		foreach ( $blocks as $b ) {
			if ( 'microneedling-guide/guide' === $b['blockName'] ) {
				$given = array();
				foreach ( mng_attributes() as $name => $def ) {
					if ( isset( $b['attrs'][ $def[1] ] ) && ! is_bool( $b['attrs'][ $def[1] ] ) && '' !== $b['attrs'][ $def[1] ] ) {
						$given[ $name ] = (string) $b['attrs'][ $def[1] ];
					}
				}
				$found[] = $given;
			}
			if ( ! empty( $b['innerBlocks'] ) ) {
				$walk( $b['innerBlocks'] );
			}
		}
	};
	if ( has_blocks( $content ) ) {
		$walk( parse_blocks( $content ) );
	}
	return $found;
}

/** Remembers, per post, the values its guides cannot use (for the notice). */
function mng_check_saved_post( $post_id, $post ) {
	if ( wp_is_post_revision( $post_id ) ) {
		return;
	}
	$problems = array();
	foreach ( mng_guides_in( $post->post_content ) as $given ) {
		foreach ( $given as $name => $raw ) {
			if ( '' !== mng_trim( $raw ) && ! mng_check( $name, $raw )[1] ) {
				$problems[] = mng_attributes()[ $name ][0] . '="' . $raw . '"';
			}
		}
	}
	if ( $problems ) {
		update_post_meta( $post_id, '_mng_problems', $problems );
	} else {
		delete_post_meta( $post_id, '_mng_problems' );
	}
}
add_action( 'save_post', 'mng_check_saved_post', 10, 2 );

/** The admin notice on the post screens for a post whose guide has a bad value. */
function mng_admin_notices() {
	$screen = function_exists( 'get_current_screen' ) ? get_current_screen() : null;
	if ( ! $screen || ! in_array( $screen->base, array( 'post', 'edit' ), true ) ) {
		return;
	}
	$ids = 'post' === $screen->base && isset( $_GET['post'] ) ? array( absint( $_GET['post'] ) ) : array(); // phpcs:ignore WordPress.Security.NonceVerification
	if ( 'edit' === $screen->base ) {
		$ids = get_posts( array( 'post_type' => $screen->post_type, 'post_status' => 'any', 'meta_key' => '_mng_problems', 'fields' => 'ids', 'posts_per_page' => 20 ) );
	}
	foreach ( $ids as $id ) {
		$problems = get_post_meta( $id, '_mng_problems', true );
		if ( ! $problems || ! current_user_can( 'edit_post', $id ) ) {
			continue;
		}
		printf(
			'<div class="notice notice-warning"><p>%s</p></div>',
			esc_html(
				sprintf(
					/* translators: 1: post title, 2: list of values */
					__( 'The microneedling guide in "%1$s" cannot use %2$s; it shows its default instead. Open the post to fix it.', 'microneedling-guide' ),
					get_the_title( $id ),
					implode( ', ', $problems )
				)
			)
		);
	}
}
add_action( 'admin_notices', 'mng_admin_notices' );
