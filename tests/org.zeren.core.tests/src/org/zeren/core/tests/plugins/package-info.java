/** Work-area implementations that bundles built by the tests at run time use as their components. */
package org.zeren.core.tests.plugins;
