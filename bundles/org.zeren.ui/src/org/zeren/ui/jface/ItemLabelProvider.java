package org.zeren.ui.jface;

import java.net.URL;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IItemColorProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.IColorProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.RGB;

/**
 * A JFace label provider over the item providers' {@link IItemLabelProvider} (text, icon) and
 * {@link IItemColorProvider} (colours), in place of EMF's {@code AdapterFactoryLabelProvider} (not on Maven
 * Central; see the package comment). Images and colours are cached and released with the provider.
 */
public class ItemLabelProvider extends LabelProvider implements IColorProvider {

	/** The factory whose item providers answer; never null. */
	protected final AdapterFactory adapterFactory;
	private final ResourceManager resources = new LocalResourceManager(JFaceResources.getResources());

	/** @param adapterFactory the item providers' factory; not null */
	public ItemLabelProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public String getText(Object element) {
		IItemLabelProvider provider = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
		return provider != null ? provider.getText(element) : element == null ? "" : element.toString();
	}

	@Override
	public Image getImage(Object element) {
		IItemLabelProvider provider = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
		return provider == null ? null : image(provider.getImage(element));
	}

	/**
	 * Turns an image as item providers give it (a URL, a {@link ComposedImage} of URLs, an {@link ImageDescriptor})
	 * into an SWT image owned by this provider.
	 *
	 * @param image the item provider's image object, or null
	 * @return the image, or null when there is none
	 */
	protected Image image(Object image) {
		if (image instanceof ComposedImage composed) {
			List<Object> images = composed.getImages();
			return images.isEmpty() ? null : image(images.get(0));
		}
		if (image instanceof URL url) {
			return resources.create(ImageDescriptor.createFromURL(url));
		}
		if (image instanceof ImageDescriptor descriptor) {
			return resources.create(descriptor);
		}
		return null;
	}

	/**
	 * @param rgb a colour, or null
	 * @return the SWT colour, owned by this provider, or null
	 */
	protected Color color(RGB rgb) {
		return rgb == null ? null : resources.createColor(rgb);
	}

	@Override
	public Color getForeground(Object element) {
		IItemColorProvider provider = (IItemColorProvider) adapterFactory.adapt(element, IItemColorProvider.class);
		return provider == null ? null : color(rgb(provider.getForeground(element)));
	}

	@Override
	public Color getBackground(Object element) {
		IItemColorProvider provider = (IItemColorProvider) adapterFactory.adapt(element, IItemColorProvider.class);
		return provider == null ? null : color(rgb(provider.getBackground(element)));
	}

	/** EMF.Edit's colours are URIs {@code color://rgb/R/G/B} (see {@code IItemColorProvider}). */
	private static RGB rgb(Object colour) {
		if (colour instanceof URI uri && "color".equals(uri.scheme()) && uri.segmentCount() == 3) {
			try {
				return new RGB(Integer.parseInt(uri.segment(0)), Integer.parseInt(uri.segment(1)), Integer.parseInt(uri.segment(2)));
			} catch (NumberFormatException e) {
				return null;
			}
		}
		return null;
	}

	/**
	 * Parses a colour as work areas give it.
	 *
	 * @param hex {@code #RRGGBB}, or null
	 * @return the colour, or null when the text is not {@code #RRGGBB}
	 */
	public static RGB parseHex(String hex) {
		if (hex == null || !hex.matches("#[0-9A-Fa-f]{6}")) {
			return null;
		}
		int v = Integer.parseInt(hex.substring(1), 16);
		return new RGB((v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF);
	}

	@Override
	public void dispose() {
		resources.dispose();
		super.dispose();
	}
}
