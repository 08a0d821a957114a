package io.storedesk.catalog.ui;

import io.storedesk.catalog.CatalogQuery;
import io.storedesk.catalog.CategoryCount;
import io.storedesk.catalog.CategoryTree;
import io.storedesk.ui.I18n;
import java.util.Objects;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;

/**
 * The two-level category tree with SKU counts: all SKUs at the root, each category with its
 * sub-categories, and the SKUs in no category. Choosing one filters the table.
 */
final class CategoryTreeView {

    /** One line of the tree: which category (null = all), its name (null = use the label key) and count. */
    private record Node(Long categoryId, String name, String labelKey, long skus) {
    }

    private CategoryTreeView() {
    }

    static TreeView<Node> create(CatalogViewModel model, I18n i18n) {
        TreeView<Node> tree = new TreeView<>();
        tree.setId("catalog-categories");
        tree.setShowRoot(true);
        tree.setCellFactory(view -> new TreeCell<>() {
            @Override
            protected void updateItem(Node node, boolean empty) {
                super.updateItem(node, empty);
                setText(empty || node == null ? null : (node.name() != null ? node.name() : i18n.get(node.labelKey()))
                        + "  (" + i18n.formats().integer(node.skus()) + ")");
            }
        });
        model.treeProperty().addListener((obs, old, now) -> fill(tree, now, model.categoryProperty().get()));
        tree.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null && !Objects.equals(model.categoryProperty().get(), now.getValue().categoryId())) {
                model.categoryProperty().set(now.getValue().categoryId());
            }
        });
        model.categoryProperty().addListener((obs, old, now) -> select(tree, now));
        i18n.localeProperty().addListener((obs, old, now) -> tree.refresh());
        return tree;
    }

    private static void fill(TreeView<Node> tree, CategoryTree counts, Long selected) {
        if (counts == null) {
            return;
        }
        TreeItem<Node> root = new TreeItem<>(new Node(null, null, "catalog.category.all", counts.total()));
        for (CategoryCount top : counts.topLevel()) {
            TreeItem<Node> item = new TreeItem<>(new Node(top.id(), top.name(), null, top.skus()));
            for (CategoryCount child : counts.childrenOf(top.id())) {
                item.getChildren().add(new TreeItem<>(new Node(child.id(), child.name(), null, child.skus())));
            }
            root.getChildren().add(item);
        }
        if (counts.uncategorised() > 0) {
            root.getChildren().add(new TreeItem<>(new Node(CatalogQuery.UNCATEGORISED, null,
                    "catalog.category.none", counts.uncategorised())));
        }
        root.setExpanded(true);
        tree.setRoot(root);
        select(tree, selected);
    }

    private static void select(TreeView<Node> tree, Long categoryId) {
        TreeItem<Node> found = find(tree.getRoot(), categoryId);
        if (found != null && tree.getSelectionModel().getSelectedItem() != found) {
            if (found.getParent() != null) {
                found.getParent().setExpanded(true);
            }
            tree.getSelectionModel().select(found);
        }
    }

    private static TreeItem<Node> find(TreeItem<Node> item, Long categoryId) {
        if (item == null) {
            return null;
        }
        if (Objects.equals(item.getValue().categoryId(), categoryId)) {
            return item;
        }
        for (TreeItem<Node> child : item.getChildren()) {
            TreeItem<Node> found = find(child, categoryId);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
