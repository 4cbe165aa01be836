package org.zeren.ui.explorer;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.zeren.model.Duty;
import org.zeren.model.DutyList;
import org.zeren.model.Party;
import org.zeren.model.WorkArea;
import org.zeren.ui.jface.ItemLabelProvider;

/**
 * The explorer's labels: the item providers' icon per kind; duties as {@code CODE title} in the colour of their work
 * area; parties and lists by name (with the number of duties of a list); folders by their name.
 */
public class ExplorerLabelProvider extends ItemLabelProvider {

	/** @param adapterFactory the item providers' factory; not null */
	public ExplorerLabelProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	@Override
	public String getText(Object element) {
		if (element instanceof ExplorerFolder folder) {
			return folder.label() + " (" + folder.children().size() + ")";
		}
		if (element instanceof Duty duty) {
			String title = duty.getTitle() == null ? "" : duty.getTitle();
			return duty.getCode() == null || duty.getCode().isEmpty() ? title : duty.getCode() + "  " + title;
		}
		if (element instanceof Party party && party.getName() != null) {
			return party.getName();
		}
		if (element instanceof DutyList list && list.getName() != null) {
			return list.getName() + " (" + list.getDuties().size() + ")";
		}
		return super.getText(element);
	}

	@Override
	public Image getImage(Object element) {
		if (element instanceof ExplorerFolder) {
			return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJ_FOLDER);
		}
		return super.getImage(element);
	}

	@Override
	public Color getForeground(Object element) {
		WorkArea area = element instanceof Duty duty ? duty.getWorkArea() : element instanceof WorkArea wa ? wa : null;
		if (area != null) {
			Color c = color(parseHex(area.getColour()));
			if (c != null) {
				return c;
			}
		}
		return element instanceof ExplorerFolder ? null : super.getForeground(element);
	}
}
