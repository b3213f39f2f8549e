<?php
/**
 * Plugin Name:       Microneedling Guide
 * Description:       A private, plain-language guide to microneedling for acne scars: a short quiz, an honest plan and diagrams. Add it with the "Microneedling guide" block or the [microneedling_guide] shortcode.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT OR Apache-2.0
 * Text Domain:       microneedling-guide
 *
 * @package microneedling-guide
 */

defined( 'ABSPATH' ) || exit;

define( 'MNG_VERSION', '0.1.0' );
define( 'MNG_OPTION', 'microneedling_guide_defaults' );

require_once __DIR__ . '/includes/attributes.php';
require_once __DIR__ . '/includes/settings.php';

/**
 * The guide's module, from this plugin's own folder. Registered on every
 * request but printed only when a guide is rendered, so pages without one get
 * nothing from this plugin.
 */
function mng_register_assets() {
	wp_register_script( 'microneedling-guide', plugins_url( 'guide/microneedling-guide.js', __FILE__ ), array(), MNG_VERSION, true );
	wp_register_style( 'microneedling-guide-notice', plugins_url( 'assets/notice.css', __FILE__ ), array(), MNG_VERSION );
}
add_action( 'init', 'mng_register_assets' );

/**
 * Prints the module as `type="module"` (WordPress 6.1 has no script-module
 * API; its own tag would load the file as a classic script, which fails).
 */
function mng_module_tag( $tag, $handle, $src ) {
	if ( 'microneedling-guide' !== $handle ) {
		return $tag;
	}
	return sprintf( "<script type=\"module\" src=\"%s\" id=\"microneedling-guide-js\"></script>\n", esc_url( $src ) );
}
add_filter( 'script_loader_tag', 'mng_module_tag', 10, 3 );

/** The site-wide defaults from the settings page, already checked on save. */
function mng_defaults() {
	$saved = get_option( MNG_OPTION, array() );
	return is_array( $saved ) ? $saved : array();
}

/**
 * Renders one guide from `$given` (element attribute name => raw value, as
 * typed in a shortcode or block). Missing values come from the settings
 * page. A value the widget would refuse is left out, so the widget's default
 * applies, and people who can edit the post see a notice naming it.
 */
function mng_render( $given, $source ) {
	$values   = array_merge( mng_defaults(), $given );
	$attrs    = array();
	$problems = array();
	foreach ( mng_attributes() as $name => $def ) {
		if ( ! array_key_exists( $name, $values ) || null === $values[ $name ] ) {
			continue;
		}
		$raw = $values[ $name ];
		if ( is_bool( $raw ) ) {
			$raw = $raw ? 'true' : 'false';
		}
		$raw = (string) $raw;
		if ( '' === mng_trim( $raw ) && 'bool' !== $def[3] ) {
			continue;
		}
		list( $value, $ok ) = mng_check( $name, $raw );
		if ( ! $ok ) {
			$problems[] = sprintf(
				/* translators: 1: attribute, 2: the value given, 3: accepted values, 4: the default used */
				__( '%1$s="%2$s" cannot be used (accepted: %3$s); %4$s.', 'microneedling-guide' ),
				$def[0],
				$raw,
				$def[4],
				mng_instead( $name )
			);
		}
		if ( null !== $value ) {
			$attrs[ $name ] = $value;
		}
	}
	if ( ! isset( $attrs['mode'] ) ) {
		// Inside a post the guide is part of the page: its headings start
		// at h2 and it adds no landmark. The element's own default is for
		// the standalone page.
		$attrs['mode'] = 'embed';
	}
	wp_enqueue_script( 'microneedling-guide' );
	$html = '<microneedling-guide';
	foreach ( $attrs as $name => $value ) {
		$html .= '' === $value ? ' ' . $name : sprintf( ' %s="%s"', $name, esc_attr( $value ) );
	}
	// A <span>, not a <p>: a shortcode typed into a paragraph ends up inside
	// a <p>, and a nested <p> would close it, pushing the text out of the element.
	$html .= '><span>' . esc_html__( 'Loading the microneedling guide…', 'microneedling-guide' ) . '</span></microneedling-guide>';
	if ( $problems && mng_may_see_notices() ) {
		wp_enqueue_style( 'microneedling-guide-notice' );
		$items = '';
		foreach ( $problems as $p ) {
			$items .= '<li>' . esc_html( $p ) . '</li>';
		}
		$html = '<div class="mng-notice" role="note"><p><strong>' .
			/* translators: %s: "shortcode" or "block" */
			esc_html( sprintf( __( 'Microneedling guide %s: only you and other editors see this note.', 'microneedling-guide' ), $source ) ) .
			'</strong></p><ul>' . $items . '</ul></div>' . $html;
	}
	return $html;
}

/** Whether the current visitor may edit this post (and so should see notes). */
function mng_may_see_notices() {
	$post = get_post();
	return $post ? current_user_can( 'edit_post', $post->ID ) : current_user_can( 'edit_posts' );
}

/**
 * `[microneedling_guide clinic_name="..." accent="#7a2e8e"]`: every element
 * attribute, written with underscores (hyphens work too). Values may hold
 * HTML entities (the editor and kses write `&amp;`): they are decoded first.
 */
function mng_shortcode( $atts ) {
	$atts  = is_array( $atts ) ? $atts : array();
	$given = array();
	foreach ( mng_attributes() as $name => $def ) {
		foreach ( array( $def[0], $name ) as $key ) {
			if ( isset( $atts[ $key ] ) ) {
				$given[ $name ] = html_entity_decode( (string) $atts[ $key ], ENT_QUOTES | ENT_HTML5, 'UTF-8' );
			}
		}
	}
	return mng_render( $given, __( 'shortcode', 'microneedling-guide' ) );
}
add_shortcode( 'microneedling_guide', 'mng_shortcode' );

/** The block: a dynamic block rendered by the same code as the shortcode. */
function mng_register_block() {
	wp_register_script(
		'microneedling-guide-editor',
		plugins_url( 'block/editor.js', __FILE__ ),
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', 'wp-server-side-render' ),
		MNG_VERSION,
		true
	);
	$fields = array();
	foreach ( mng_attributes() as $name => $def ) {
		$fields[] = array(
			'name'     => $name,
			'key'      => $def[1],
			'label'    => $def[2],
			'kind'     => $def[3],
			'accepted' => $def[4],
		);
	}
	wp_add_inline_script(
		'microneedling-guide-editor',
		'window.mngFields = ' . wp_json_encode( $fields ) . ';window.mngConfigurator = ' . wp_json_encode( plugins_url( 'guide/configure.html', __FILE__ ) ) . ';',
		'before'
	);
	register_block_type(
		__DIR__ . '/block',
		array(
			'editor_script'   => 'microneedling-guide-editor',
			'render_callback' => 'mng_render_block',
		)
	);
}
add_action( 'init', 'mng_register_block' );

/** Renders the block's saved attributes (camelCase) as a guide. */
function mng_render_block( $block_attrs ) {
	$given = array();
	foreach ( mng_attributes() as $name => $def ) {
		if ( isset( $block_attrs[ $def[1] ] ) && '' !== $block_attrs[ $def[1] ] ) {
			$given[ $name ] = $block_attrs[ $def[1] ];
		}
	}
	foreach ( mng_attributes() as $name => $def ) {
		if ( 'bool' === $def[3] && isset( $given[ $name ] ) && false === $given[ $name ] ) {
			unset( $given[ $name ] );
		}
	}
	return mng_render( $given, __( 'block', 'microneedling-guide' ) );
}

/**
 * The live preview in the block editor is the real widget: its module is
 * loaded in the editor, where the server-rendered element then starts. This
 * hook also reaches the editor's iframe (WordPress 6.3 and later); it fires
 * on the front end too, where nothing is added (only pages with a guide get
 * the module, from mng_render).
 */
function mng_editor_assets() {
	if ( is_admin() ) {
		wp_enqueue_script( 'microneedling-guide' );
		wp_enqueue_style( 'microneedling-guide-notice' );
	}
}
add_action( 'enqueue_block_assets', 'mng_editor_assets' );
